import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The service point an SKM report is about.' })
export class SatisfactionReportServicePoint {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() unitName: string;
}

@ObjectType({ description: 'The period an SKM report covers.' })
export class SatisfactionReportPeriod {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) endsOn: string;
}

@ObjectType({ description: 'One of the nine elements (unsur) of PermenPANRB 14/2017.' })
export class SatisfactionReportElement {
  @Field({ description: 'U1..U9' }) code: string;
  @Field({ description: 'The regulation’s element name (Bahasa Indonesia).' }) label: string;
  @Field(() => Float, { nullable: true, description: 'Nilai rata-rata, 1–4, full precision; null without answers.' }) nrr: number | null;
  @Field(() => Float, { nullable: true, description: 'NRR × 1/9 (the exact weight).' }) weightedNrr: number | null;
  @Field(() => Int, { description: 'Questionnaires that answered the element.' }) respondents: number;
}

@ObjectType({ description: 'One row of a respondent-profile table.' })
export class SatisfactionProfileRow {
  @Field({ description: 'The stored value (e.g. AGE_30_39), or TIDAK_DIISI for respondents who left it empty.' }) key: string;
  @Field({ description: 'Bahasa Indonesia.' }) label: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { description: 'Share of the IKM respondents, 0–100, full precision.' }) percent: number;
}

@ObjectType({ description: 'The respondents’ profile over the period’s IKM questionnaires (bands only; never a name).' })
export class SatisfactionProfile {
  @Field(() => [SatisfactionProfileRow]) ageBands: SatisfactionProfileRow[];
  @Field(() => [SatisfactionProfileRow]) sex: SatisfactionProfileRow[];
  @Field(() => [SatisfactionProfileRow]) education: SatisfactionProfileRow[];
  @Field(() => [SatisfactionProfileRow]) occupation: SatisfactionProfileRow[];
}

@ObjectType({ description: 'One period of the IKM trend.' })
export class SatisfactionTrendPoint {
  @Field(() => ID) periodId: string;
  @Field() periodName: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field(() => Int) respondents: number;
  @Field(() => Float, { nullable: true }) ikmConverted: number | null;
  @Field(() => String, { nullable: true }) mutu: string | null;
}

@ObjectType({
  description:
    'The data of a service point’s SKM report (PermenPANRB 14/2017) for one period: the stored aggregate (the same figures as servicePointSatisfaction), the respondents’ profile and the trend.',
})
export class SatisfactionReport {
  @Field(() => SatisfactionReportServicePoint) servicePoint: SatisfactionReportServicePoint;
  @Field(() => SatisfactionReportPeriod) period: SatisfactionReportPeriod;
  @Field(() => Int, { description: 'IKM questionnaires.' }) respondents: number;
  @Field(() => [SatisfactionReportElement], { description: 'U1..U9 in order.' }) elements: SatisfactionReportElement[];
  @Field(() => String, { nullable: true, description: 'The element with the lowest NRR (the first in U order on a tie).' })
  weakestElement: string | null;
  @Field(() => Float, { nullable: true, description: '1–4' }) ikm: number | null;
  @Field(() => Float, { nullable: true, description: '25–100, full precision' }) ikmConverted: number | null;
  @Field(() => String, { nullable: true, description: 'A–D' }) mutu: string | null;
  @Field(() => String, { nullable: true }) kinerja: string | null;
  @Field(() => Int, { description: 'Kiosk one-tap (QUICK) ratings; never in the IKM.' }) quickCount: number;
  @Field(() => Float, { nullable: true, description: 'Mean QUICK score, 1–4.' }) quickMean: number | null;
  @Field(() => SatisfactionProfile) profile: SatisfactionProfile;
  @Field(() => [SatisfactionTrendPoint], { description: 'The last 6 periods of the same kind (this one included), oldest first.' })
  trend: SatisfactionTrendPoint[];
}
