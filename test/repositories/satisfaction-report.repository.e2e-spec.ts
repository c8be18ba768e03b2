import { DataSource } from 'typeorm';
import { SatisfactionReportRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { insertAgency, insertPeriod, insertServicePoint, RatingAgency } from './rating-fixtures';

// @nestjs/* are ES modules, which Jest cannot require: see test/support/nest-shim.ts.
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('SatisfactionReportRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: SatisfactionReportRepository;
  let a: RatingAgency;
  let other: RatingAgency;
  let sp: string;
  let otherSp: string;
  const months: string[] = [];
  let quarterly: string;

  const rate = (servicePointId: string, submittedAt: string, kind: 'IKM' | 'QUICK', respondent: Record<string, string> | null) =>
    ds.query(
      `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, respondent, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, submitted_at)
       VALUES ($1, $2, 'LINK', gen_random_uuid(), $3, $4, ${Array.from({ length: 9 }, () => `CASE WHEN $3 = 'IKM' THEN 3 END`).join(', ')},
               CASE WHEN $3 = 'QUICK' THEN 4 END, $5)`,
      [a.agencyId, servicePointId, kind, respondent ? JSON.stringify(respondent) : null, submittedAt],
    );

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new SatisfactionReportRepository(ds);
    a = await insertAgency(ds);
    other = await insertAgency(ds);
    sp = await insertServicePoint(ds, a, 'Loket Akta');
    otherSp = await insertServicePoint(ds, other);
    // Eight monthly periods of 2025 (created out of order) and one quarter.
    for (const m of [3, 1, 2, 4, 5, 6, 7, 8]) {
      const mm = String(m).padStart(2, '0');
      months[m] = await insertPeriod(ds, a, `2025-${mm}-01`, `2025-${mm}-${m === 2 ? 28 : m === 4 || m === 6 ? 30 : 31}`);
    }
    quarterly = await insertPeriod(ds, a, '2025-07-01', '2025-09-30', 'QUARTERLY');
    // July 2025 (Asia/Jakarta): three IKM respondents, one QUICK tap, one rating just outside the month.
    await rate(sp, '2025-07-02T03:00:00Z', 'IKM', { ageBand: 'AGE_30_39', sex: 'PEREMPUAN', education: 'SMA' });
    await rate(sp, '2025-07-20T03:00:00Z', 'IKM', { ageBand: 'AGE_30_39', sex: 'LAKI_LAKI' });
    await rate(sp, '2025-07-31T16:30:00Z', 'IKM', null); // 23:30 on 31 July in Jakarta
    await rate(sp, '2025-07-10T03:00:00Z', 'QUICK', { sex: 'LAKI_LAKI' });
    await rate(sp, '2025-07-31T17:30:00Z', 'IKM', { sex: 'PEREMPUAN' }); // 00:30 on 1 August in Jakarta
    // Aggregates for May and July.
    for (const [m, respondents, conv, mutu] of [
      [5, 2, 70.5, 'C'],
      [7, 3, 75, 'C'],
    ] as const) {
      await ds.query(
        `INSERT INTO satisfaction_aggregate (service_point_id, period_id, respondents, elements, ikm, ikm_converted, mutu, kinerja, quick_count, quick_sum, updated_at)
         VALUES ($1, $2, $3, '[]', $4, $5, $6, 'Kurang Baik', 0, 0, now())`,
        [sp, months[m], respondents, conv / 25, conv, mutu],
      );
    }
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('subject: the point, its unit and the period of the caller’s agency; null across agencies', async () => {
    expect(await repo.subject(sp, months[7], a.agencyId)).toEqual({
      agencyId: a.agencyId,
      servicePointId: sp,
      servicePointName: 'Loket Akta',
      unitId: a.unitId,
      unitName: a.unitName,
      periodId: months[7],
      periodName: expect.any(String),
      periodKind: 'MONTHLY',
      startsOn: '2025-07-01',
      endsOn: '2025-07-31',
    });
    expect(await repo.subject(sp, months[7], other.agencyId)).toBeNull();
    expect(await repo.subject(otherSp, months[7], other.agencyId)).toBeNull(); // the period is another agency's
    expect(await repo.subject(otherSp, months[7], a.agencyId)).toBeNull();
  });

  it('profile: counts per field and value over the period’s IKM respondents, in the agency’s time zone; null = not filled in', async () => {
    const rows = await repo.profile(sp, months[7]);
    const of = (field: string) => Object.fromEntries(rows.filter((r) => r.field === field).map((r) => [String(r.value), r.count]));
    expect(of('ageBand')).toEqual({ AGE_30_39: 2, null: 1 });
    expect(of('sex')).toEqual({ PEREMPUAN: 1, LAKI_LAKI: 1, null: 1 });
    expect(of('education')).toEqual({ SMA: 1, null: 2 });
    expect(of('occupation')).toEqual({ null: 3 });
    // August holds the rating of 00:30 on 1 August only.
    const august = await repo.profile(sp, months[8]);
    expect(august.filter((r) => r.field === 'sex')).toEqual([{ field: 'sex', value: 'PEREMPUAN', count: 1 }]);
    expect(await repo.profile(otherSp, months[7])).toEqual([]);
  });

  it('trend: the last N periods of the same kind up to this one, oldest first, with the stored aggregates', async () => {
    const trend = await repo.trend(sp, months[7], 6);
    expect(trend.map((t) => t.startsOn)).toEqual(['2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01']);
    expect(trend[3]).toMatchObject({ periodId: months[5], respondents: 2, ikmConverted: 70.5, mutu: 'C' });
    expect(trend[5]).toMatchObject({ periodId: months[7], respondents: 3, ikmConverted: 75, mutu: 'C' });
    expect(trend[0]).toMatchObject({ periodId: months[2], respondents: 0, ikmConverted: null, mutu: null });
    // The quarter's trend holds quarters only.
    expect((await repo.trend(sp, quarterly, 6)).map((t) => t.periodId)).toEqual([quarterly]);
    expect((await repo.trend(sp, months[2], 6)).map((t) => t.periodId)).toEqual([months[1], months[2]]);
  });
});
