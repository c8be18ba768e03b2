import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, ScoringPoliciesRepository, ScoringPolicyVersionRecord } from '@k360/database';
import {
  ARCAMANIK_360_V1,
  buildScoringPolicy,
  POLICY_SOURCES,
  PolicySourceValue,
  ScoringPolicy,
  ScoringPolicyDraft,
  scoringPolicyViolations,
} from '@k360/scoring';
import { Actor } from '../auth/actor';
import { PublishScoringPolicyInput } from './dto/scoring-policy.inputs';
import { ScoringPolicyVersion } from './models/scoring-policy.models';
import { ScoringPolicyErrors } from './scoring-policies.errors';

/** The version number of the project default, which has no row (an agency's versions start at 2). */
export const DEFAULT_POLICY_VERSION = 1;

function toVersion(
  policy: ScoringPolicy,
  row: Omit<ScoringPolicyVersionRecord, 'policy' | 'code' | 'agencyId' | 'id'> | null,
): ScoringPolicyVersion {
  return {
    version: row?.version ?? DEFAULT_POLICY_VERSION,
    code: policy.code,
    isDefault: row === null,
    sources: POLICY_SOURCES.map((source) => ({ source, weight: policy.weights[source], minCount: policy.minCount[source] })),
    perilaku: { ...policy.perilaku },
    hasilKerja: { ...policy.hasilKerja },
    capaianCap: policy.capaianCap,
    anonymityMin: policy.anonymityMin,
    publishedById: row?.publishedBy ?? null,
    publishedAt: row?.publishedAt ?? null,
    reason: row?.reason ?? null,
  };
}

const DEFAULT_VERSION = (): ScoringPolicyVersion => toVersion(ARCAMANIK_360_V1, null);
const fromRecord = (r: ScoringPolicyVersionRecord) => toVersion(r.policy, r);

/**
 * Scoring policies per agency (issue 13): an ADMIN publishes a new version (rules: libs/scoring
 * policy-rules.ts); a round snapshots the agency's latest version when it opens
 * (`policyForNewRound`, called by RoundsService in the opening transaction), else the project
 * default ARCAMANIK_360_V1. Rounds opened earlier keep their snapshot; the worker scores with it.
 * Who may act is declared on ScoringPoliciesResolver (@Roles, decided before input validation).
 */
@Injectable()
export class ScoringPoliciesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly policies: ScoringPoliciesRepository,
  ) {}

  /** The policy a round of the agency opening now takes: the latest published version, else the default. Pass the opening transaction. */
  async policyForNewRound(agencyId: string, m: EntityManager = this.ds.manager): Promise<ScoringPolicy> {
    return (await this.policies.latest(agencyId, m))?.policy ?? ARCAMANIK_360_V1;
  }

  async publish(actor: Actor, input: PublishScoringPolicyInput, requestId?: string): Promise<ScoringPolicyVersion> {
    const draft = toDraft(input);
    const violations = scoringPolicyViolations(draft);
    if (violations.length) throw ScoringPolicyErrors.invalid(violations);
    return this.ds.transaction(async (m) => {
      const previous = await this.policies.latest(actor.agencyId, m);
      const version = await this.policies.lockNextVersion(actor.agencyId, m);
      const policy = buildScoringPolicy(draft, version);
      const saved = await this.policies.add({ agencyId: actor.agencyId, version, policy, publishedBy: actor.id, reason: input.reason }, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'SCORING_POLICY_PUBLISHED', 'scoring_policy', saved.id, {
        before: { code: previous?.code ?? ARCAMANIK_360_V1.code },
        after: { version, code: saved.code, reason: input.reason, policy: { ...policy } },
      });
      return fromRecord(saved);
    });
  }

  /** Every version of the agency, newest first, ending with the project default (version 1, in force before the first publication). */
  async history(actor: Actor): Promise<ScoringPolicyVersion[]> {
    return [...(await this.policies.history(actor.agencyId)).map(fromRecord), DEFAULT_VERSION()];
  }

  /** The version rounds opened now take. */
  async current(actor: Actor): Promise<ScoringPolicyVersion> {
    const latest = await this.policies.latest(actor.agencyId);
    return latest ? fromRecord(latest) : DEFAULT_VERSION();
  }
}

/** The input as libs/scoring's draft; the sources must be the four, each once. */
function toDraft(input: PublishScoringPolicyInput): ScoringPolicyDraft {
  const bySource = new Map(input.sources.map((s) => [s.source as PolicySourceValue, s]));
  if (input.sources.length !== POLICY_SOURCES.length || bySource.size !== POLICY_SOURCES.length)
    throw ScoringPolicyErrors.sourcesNotEachOnce();
  const record = (pick: (s: { weight: number; minCount: number }) => number) =>
    Object.fromEntries(POLICY_SOURCES.map((source) => [source, pick(bySource.get(source)!)])) as Record<PolicySourceValue, number>;
  return {
    code: input.code,
    weights: record((s) => s.weight),
    minCount: record((s) => s.minCount),
    perilaku: { diAtas: input.perilaku.diAtas, sesuai: input.perilaku.sesuai },
    hasilKerja: { diAtas: input.hasilKerja.diAtas, sesuai: input.hasilKerja.sesuai },
    capaianCap: input.capaianCap,
    anonymityMin: input.anonymityMin,
  };
}
