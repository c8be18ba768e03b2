import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { PolicySourceValue } from '@k360/scoring';
import { PolicySource } from './enums';

@ObjectType({ description: 'How one source counts under a scoring policy.' })
export class PolicySourceRule {
  @Field(() => PolicySource) source: PolicySourceValue;
  @Field(() => Float, { description: 'Relative weight, renormalised over the sources that counted; 0: shown, not weighted.' })
  weight: number;
  @Field(() => Int, { description: 'The source counts only with at least this many reviewers (PUBLIC: ratings).' })
  minCount: number;
}

@ObjectType({ description: 'score ≥ diAtas → DI_ATAS_EKSPEKTASI; score ≥ sesuai → SESUAI_EKSPEKTASI; else DI_BAWAH_EKSPEKTASI.' })
export class RatingThresholds {
  @Field(() => Float) diAtas: number;
  @Field(() => Float) sesuai: number;
}

@ObjectType({
  description:
    'One version of the agency’s scoring policy. Version 1 is the project default ARCAMANIK_360_V1; an agency’s publications are 2, 3, …, coded <code>_V<version>. A round takes the version current when it opens.',
})
export class ScoringPolicyVersion {
  @Field(() => Int) version: number;
  @Field({ description: 'The code results show as policyCode, e.g. ARCAMANIK_360_V1 or KEC_ARCAMANIK_360_V2.' }) code: string;
  @Field({ description: 'True for the project default (version 1), which nobody published.' }) isDefault: boolean;
  @Field(() => [PolicySourceRule], { description: 'SUPERVISOR, PEER, PUBLIC, SUBORDINATE, in this order.' }) sources: PolicySourceRule[];
  @Field(() => RatingThresholds, { description: 'Perilaku P on 0–100.' }) perilaku: RatingThresholds;
  @Field(() => RatingThresholds, { description: 'Hasil kerja H on 0–100 × capaianCap.' }) hasilKerja: RatingThresholds;
  @Field(() => Float, { description: 'Capaian per KPI indicator is capped at this value.' }) capaianCap: number;
  @Field(() => Int, { description: 'Peer and subordinate figures and comments are shown only from this many submissions.' })
  anonymityMin: number;
  /** Null for the default. */
  publishedById: string | null;
  @Field(() => Date, { nullable: true, description: 'Null for the default.' }) publishedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the ADMIN published this version; null for the default.' }) reason:
    string | null;
}
