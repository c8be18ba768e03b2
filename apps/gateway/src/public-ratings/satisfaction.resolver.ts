import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { JobQueue } from '@k360/queue';
import { Actor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { SystemErrors } from '../system/system.errors';
import { IKM_ELEMENTS } from '@k360/scoring';
import { PeriodKind } from '../rounds/models/enums';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ObjectType()
export class ElementScore {
  @Field({ description: 'U1..U9' }) code: string;
  @Field() name: string;
  @Field(() => Float, { description: 'Nilai rata-rata (mean answer, 1–4).' }) nrr: number;
}

@ObjectType({ description: 'The latest satisfaction aggregate the worker wrote for a service point and period.' })
export class SatisfactionSummary {
  @Field(() => Int) respondents: number;
  @Field(() => [ElementScore]) elements: ElementScore[];
  @Field(() => Float, { nullable: true, description: '1–4' }) ikm: number | null;
  @Field(() => Float, { nullable: true, description: '25–100' }) ikmConverted: number | null;
  @Field(() => String, { nullable: true, description: 'A–D' }) mutu: string | null;
  @Field(() => String, { nullable: true, description: 'Sangat Baik, Baik, Kurang Baik, Tidak Baik' }) kinerja: string | null;
  @Field(() => Int) quickCount: number;
  @Field(() => Float, { nullable: true }) quickMean: number | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType({ description: 'One period of a service point’s published satisfaction (the aggregate the worker wrote).' })
export class PublicSatisfactionPeriod {
  @Field(() => ID) periodId: string;
  @Field({ description: 'The period’s name, e.g. "Triwulan III 2026".' }) name: string;
  @Field(() => PeriodKind) kind: PeriodKind;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) endsOn: string;
  @Field(() => Int, { description: 'IKM questionnaires (nine elements) received in the period.' }) respondents: number;
  @Field(() => Float, { nullable: true, description: '1–4' }) ikm: number | null;
  @Field(() => Float, { nullable: true, description: '25–100, full precision: round half away from zero to 2 decimals to show it.' })
  ikmConverted: number | null;
  @Field(() => String, { nullable: true, description: 'A–D' }) mutu: string | null;
  @Field(() => String, { nullable: true, description: 'Sangat Baik, Baik, Kurang Baik, Tidak Baik' }) kinerja: string | null;
  @Field(() => [ElementScore], { description: 'NRR of U1..U9 in order, official element names; elements without answers are left out.' })
  elements: ElementScore[];
  @Field(() => [String], { description: 'Code(s) of the element(s) with the lowest NRR (all of them on a tie), in U order.' })
  weakest: string[];
  @Field(() => Int, { description: 'One-tap (QUICK) ratings; they never enter the IKM.' }) quickCount: number;
  @Field(() => Float, { nullable: true, description: 'Mean QUICK score, 1–4.' }) quickMean: number | null;
  @Field({ description: 'When the worker last wrote this aggregate.' }) updatedAt: Date;
}

@ObjectType({
  description: 'What the public may see of a service point’s satisfaction survey (PermenPANRB 14/2017): no staff, no comments.',
})
export class PublicServicePointSatisfaction {
  @Field(() => ID) servicePointId: string;
  @Field() servicePointName: string;
  @Field() unitName: string;
  @Field() agencyName: string;
  @Field(() => [PublicSatisfactionPeriod], {
    description: 'Periods with at least one rating, newest first (latest start, then latest end), at most 8.',
  })
  periods: PublicSatisfactionPeriod[];
}

/** How many periods the public page gets: two years of quarters. */
export const PUBLIC_PERIODS = 8;

interface PublicPeriodRow {
  period_id: string;
  name: string;
  kind: PeriodKind;
  starts_on: string;
  ends_on: string;
  respondents: number;
  elements: Array<{ code: string; nrr: number | null }>;
  ikm: number | null;
  ikm_converted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quick_count: number;
  quick_sum: number | string;
  updated_at: string;
}

/**
 * The service point (live only) with its newest aggregates in one statement: the primary key of
 * satisfaction_aggregate starts with service_point_id, so this reads a handful of index entries.
 * Rows without any rating (a full recompute writes one for every active point) are not published.
 */
const PUBLIC_SATISFACTION = `
  SELECT sp.id, sp.name, u.name AS unit_name, ag.name AS agency_name,
         coalesce((SELECT json_agg(x ORDER BY x.starts_on DESC, x.ends_on DESC, x.period_id) FROM (
           SELECT p.id AS period_id, p.name, p.kind, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on,
                  s.respondents, s.elements, s.ikm, s.ikm_converted, s.mutu, s.kinerja, s.quick_count, s.quick_sum, s.updated_at
             FROM satisfaction_aggregate s JOIN period p ON p.id = s.period_id
            WHERE s.service_point_id = sp.id AND (s.respondents > 0 OR s.quick_count > 0)
            ORDER BY p.starts_on DESC, p.ends_on DESC, p.id
            LIMIT ${PUBLIC_PERIODS}) x), '[]'::json) AS periods
    FROM service_point sp JOIN unit u ON u.id = sp.unit_id JOIN agency ag ON ag.id = sp.agency_id
   WHERE sp.id = $1::uuid AND sp.archived_at IS NULL`;

function publicPeriod(r: PublicPeriodRow): PublicSatisfactionPeriod {
  const nrr = new Map(r.elements.map((e) => [e.code, e.nrr]));
  // Names from libs/scoring (the regulation's), not whatever an older row stored.
  const elements: ElementScore[] = IKM_ELEMENTS.flatMap(({ code, name }) => {
    const value = nrr.get(code);
    return typeof value === 'number' ? [{ code, name, nrr: value }] : [];
  });
  const lowest = elements.length ? Math.min(...elements.map((e) => e.nrr)) : null;
  return {
    periodId: r.period_id,
    name: r.name,
    kind: r.kind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    respondents: r.respondents,
    ikm: r.ikm,
    ikmConverted: r.ikm_converted,
    mutu: r.mutu,
    kinerja: r.kinerja,
    elements,
    weakest: elements.filter((e) => e.nrr === lowest).map((e) => e.code),
    quickCount: r.quick_count,
    quickMean: r.quick_count ? Number(r.quick_sum) / r.quick_count : null,
    updatedAt: new Date(r.updated_at),
  };
}

@Resolver(() => SatisfactionSummary)
export class SatisfactionResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  @Roles('ADMIN')
  @Mutation(() => Int, {
    description:
      'ADMIN: recomputes the IKM of every active service point of the agency for a period (one aggregation job: one GROUP BY, one upsert; see queueCounts / failedJobs); returns the number of service points it covers.',
  })
  async recomputeSatisfaction(@CurrentActor() actor: Actor, @Args('periodId', { type: () => ID }) periodId: string): Promise<number> {
    const [period] = await this.ds.query(`SELECT id FROM period WHERE id = $1 AND agency_id = $2`, [periodId, actor.agencyId]);
    if (!period) throw new AppError('NOT_FOUND', 'Periode tidak ditemukan. / Period not found.');
    const [{ points }] = await this.ds.query(
      `SELECT count(*)::int AS points FROM service_point WHERE agency_id = $1 AND archived_at IS NULL`,
      [actor.agencyId],
    );
    try {
      await this.jobs.enqueue('aggregate-period', { periodId });
    } catch (err) {
      throw SystemErrors.queueUnavailable(err);
    }
    return points;
  }

  @Public()
  @Query(() => SatisfactionSummary, { description: 'Public: the IKM of a service point in a period (zero respondents until rated).' })
  async servicePointSatisfaction(
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<SatisfactionSummary> {
    if (!UUID.test(servicePointId) || !UUID.test(periodId)) {
      throw new AppError('BAD_USER_INPUT', 'servicePointId dan periodId harus UUID. / IDs must be UUIDs.', [
        { field: 'servicePointId', reasons: ['uuid'] },
      ]);
    }
    const [row] = await this.ds.query(`SELECT * FROM satisfaction_aggregate WHERE service_point_id = $1::uuid AND period_id = $2::uuid`, [
      servicePointId,
      periodId,
    ]);
    if (!row)
      return {
        respondents: 0,
        elements: [],
        ikm: null,
        ikmConverted: null,
        mutu: null,
        kinerja: null,
        quickCount: 0,
        quickMean: null,
        updatedAt: null,
      };
    return {
      respondents: row.respondents,
      elements: (row.elements as Array<{ code: string; name: string; nrr: number | null }>).filter((e) => e.nrr !== null) as ElementScore[],
      ikm: row.ikm,
      ikmConverted: row.ikm_converted,
      mutu: row.mutu,
      kinerja: row.kinerja,
      quickCount: row.quick_count,
      quickMean: row.quick_count ? Number(row.quick_sum) / row.quick_count : null,
      updatedAt: row.updated_at,
    };
  }

  @Public()
  @Query(() => PublicServicePointSatisfaction, {
    nullable: true,
    description:
      'Public (PermenPANRB 14/2017 publication): a live service point’s name, unit and agency and its stored IKM per period, newest first, at most 8. Nothing about staff, comments or respondents. BAD_USER_INPUT for a malformed id; NOT_FOUND for an unknown or archived service point.',
  })
  async publicServicePointSatisfaction(
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
  ): Promise<PublicServicePointSatisfaction> {
    if (!UUID.test(servicePointId)) {
      throw new AppError('BAD_USER_INPUT', 'servicePointId harus UUID. / servicePointId must be a UUID.', [
        { field: 'servicePointId', reasons: ['uuid'] },
      ]);
    }
    const [row] = await this.ds.query(PUBLIC_SATISFACTION, [servicePointId]);
    if (!row) throw new AppError('NOT_FOUND', 'Titik layanan tidak ditemukan. / Service point not found.');
    return {
      servicePointId: row.id,
      servicePointName: row.name,
      unitName: row.unit_name,
      agencyName: row.agency_name,
      periods: (row.periods as PublicPeriodRow[]).map(publicPeriod),
    };
  }
}
