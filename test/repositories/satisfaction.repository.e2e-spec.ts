import { DataSource } from 'typeorm';
import { PublicRatingsRepository, SatisfactionAggregateInput, SatisfactionRepository } from '@k360/database';
import { IKM_ELEMENT_CODES, LATE_RATING_WINDOW_DAYS } from '@k360/scoring';
import { migratedDataSource } from '../support/database';
import { day, insertAgency, insertEmployee, insertPeriod, insertServicePoint, RatingAgency } from './rating-fixtures';

// @nestjs/* are ES modules, which Jest cannot require: see test/support/nest-shim.ts.
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

const TOPIC = 'service_point.rated';

describe('SatisfactionRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: SatisfactionRepository;
  let ratings: PublicRatingsRepository;
  let a: RatingAgency;
  let other: RatingAgency;
  let sp: string;
  let quiet: string;
  let archived: string;
  let otherSp: string;
  let current: string;
  let endedRecently: string;
  let endedLongAgo: string;
  let future: string;
  let kioskId: string;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new SatisfactionRepository(ds);
    ratings = new PublicRatingsRepository(ds);
    a = await insertAgency(ds);
    other = await insertAgency(ds);
    sp = await insertServicePoint(ds, a, 'Loket Akta');
    quiet = await insertServicePoint(ds, a, 'Loket Sepi');
    archived = await insertServicePoint(ds, a, 'Loket Tutup', true);
    otherSp = await insertServicePoint(ds, other);
    // Periods as dates in the agency's zone (Asia/Jakarta); a day of margin on either side of "now".
    current = await insertPeriod(ds, a, day(-10), day(10));
    endedRecently = await insertPeriod(ds, a, day(-40), day(-LATE_RATING_WINDOW_DAYS + 3));
    endedLongAgo = await insertPeriod(ds, a, day(-80), day(-LATE_RATING_WINDOW_DAYS - 12));
    future = await insertPeriod(ds, a, day(30), day(60));
    const admin = await insertEmployee(ds, a, 'Admin Kepuasan');
    kioskId = (await ratings.insertKiosk({ agencyId: a.agencyId, servicePointId: sp, name: 'Kios Akta', createdBy: admin.id })).id;
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  const rate = (servicePointId: string, submittedAt: Date, answers: number[] | null, score: number | null) =>
    ratings.importRating(
      {
        agencyId: a.agencyId,
        servicePointId,
        employeeId: null,
        channel: 'KIOSK',
        sourceId: kioskId,
        kind: answers ? 'IKM' : 'QUICK',
        answers: answers ?? Array(9).fill(null),
        score,
        comment: null,
        submittedAt,
      },
      TOPIC,
    );

  describe('periods to refresh', () => {
    it('lists the periods late ratings can still reach, with the window as a parameter', async () => {
      const recent = await repo.periodsToRefresh(sp, null, LATE_RATING_WINDOW_DAYS);
      expect(recent.sort()).toEqual([current, endedRecently].sort());
      const wide = await repo.periodsToRefresh(sp, null, LATE_RATING_WINDOW_DAYS + 30);
      expect(wide.sort()).toEqual([current, endedRecently, endedLongAgo].sort());
    });

    it('answers the given period of the point’s agency only', async () => {
      expect(await repo.periodsToRefresh(sp, endedLongAgo, LATE_RATING_WINDOW_DAYS)).toEqual([endedLongAgo]);
      expect(await repo.periodsToRefresh(otherSp, endedLongAgo, LATE_RATING_WINDOW_DAYS)).toEqual([]);
      expect(await repo.periodsToRefresh(sp, future, LATE_RATING_WINDOW_DAYS)).toEqual([future]);
    });
  });

  describe('aggregation', () => {
    it('scopes a period to the live points of its agency, or to the listed ones of that agency', async () => {
      const all = await repo.aggregationScope(current, null);
      expect(all?.agencyId).toBe(a.agencyId);
      expect(all?.servicePointIds.sort()).toEqual([sp, quiet].sort());
      // The period's bounds are midnights in Asia/Jakarta (UTC+7).
      const [{ starts }] = await ds.query(`SELECT ($1::date::timestamp AT TIME ZONE 'Asia/Jakarta')::text AS starts`, [day(-10)]);
      expect(all?.startsAt).toBe(starts);
      const listed = await repo.aggregationScope(current, [archived, otherSp]);
      expect(listed?.servicePointIds).toEqual([archived]);
      expect(await repo.aggregationScope('00000000-0000-4000-8000-000000000000', null)).toBeNull();
    });

    it('takes a lock per period that a second transaction cannot take meanwhile', async () => {
      await ds.transaction(async (m) => {
        await repo.lockPeriod(current, m);
        const [{ got }] = await ds.query(`SELECT pg_try_advisory_xact_lock(hashtext('aggregate:' || $1)) AS got`, [current]);
        expect(got).toBe(false);
      });
      const [{ got }] = await ds.query(`SELECT pg_try_advisory_xact_lock(hashtext('aggregate:' || $1)) AS got`, [current]);
      expect(got).toBe(true);
    });

    it('sums the period’s ratings per listed point, unrated points included', async () => {
      const now = Date.now();
      // Outside the period: not summed (received first, so the watermark is a summed rating's).
      await rate(sp, new Date(now - 30 * 86_400_000), null, 2);
      await rate(sp, new Date(now - 3_600_000), [4, 4, 3, 4, 3, 4, 4, 3, 4], null);
      await rate(sp, new Date(now - 7_200_000), [3, 3, 3, 4, 3, 3, 4, 2, null as unknown as number], null);
      await rate(sp, new Date(now - 60_000), null, 4);
      await rate(sp, new Date(now - 120_000), null, 1);

      const scope = (await repo.aggregationScope(current, null))!;
      const sums = await repo.sums(scope, true);
      const rated = sums.find((s) => s.servicePointId === sp)!;
      expect(rated.respondents).toBe(2);
      expect(rated.elements.U1).toEqual({ sum: 7, count: 2 });
      expect(rated.elements.U8).toEqual({ sum: 5, count: 2 });
      expect(rated.elements.U9).toEqual({ sum: 4, count: 1 });
      expect({ quickCount: rated.quickCount, quickSum: rated.quickSum }).toEqual({ quickCount: 2, quickSum: 5 });
      expect(rated.watermark).toMatch(/^\d{4}-\d{2}-\d{2} /);
      const [{ newest }] = await ds.query(`SELECT max(received_at)::text AS newest FROM public_rating WHERE service_point_id = $1`, [sp]);
      expect(rated.watermark).toBe(newest);

      const none = sums.find((s) => s.servicePointId === quiet)!;
      expect(none).toMatchObject({ respondents: 0, quickCount: 0, quickSum: 0, watermark: null });
      expect(Object.keys(none.elements)).toEqual([...IKM_ELEMENT_CODES]);
      expect(none.elements.U5).toEqual({ sum: 0, count: 0 });

      // Listed points only (not the whole agency): the same sums for the one point.
      const one = await repo.sums({ ...scope, servicePointIds: [sp] }, false);
      expect(one).toEqual([rated]);
    });
  });

  describe('stored aggregates', () => {
    const row = (servicePointId: string, over: Partial<SatisfactionAggregateInput>): SatisfactionAggregateInput => ({
      servicePointId,
      respondents: 2,
      elements: IKM_ELEMENT_CODES.map((code) => ({ code, name: `Unsur ${code}`, sum: 7, count: 2, nrr: 3.5 })),
      ikm: 3.5,
      ikmConverted: 87.5,
      mutu: 'B',
      kinerja: 'Baik',
      quickCount: 3,
      quickSum: 9,
      watermark: '2026-01-02 03:04:05.123456+00',
      ...over,
    });

    it('upserts rows and never replaces one with a row from older ratings', async () => {
      await repo.upsert(endedRecently, [
        row(sp, {}),
        row(quiet, {
          respondents: 0,
          ikm: null,
          ikmConverted: null,
          mutu: null,
          kinerja: null,
          quickCount: 0,
          quickSum: 0,
          watermark: null,
        }),
      ]);
      const stored = await repo.aggregate(sp, endedRecently);
      expect(stored).toMatchObject({
        servicePointId: sp,
        periodId: endedRecently,
        respondents: 2,
        ikm: 3.5,
        ikmConverted: 87.5,
        mutu: 'B',
        kinerja: 'Baik',
        quickCount: 3,
        quickSum: 9,
      });
      expect(stored?.elements[0]).toEqual({ code: 'U1', name: 'Unsur U1', sum: 7, count: 2, nrr: 3.5 });
      expect(stored?.updatedAt).toBeInstanceOf(Date);
      const [{ wm }] = await ds.query(
        `SELECT watermark = '2026-01-02 03:04:05.123456+00'::timestamptz AS wm FROM satisfaction_aggregate WHERE service_point_id = $1 AND period_id = $2`,
        [sp, endedRecently],
      );
      expect(wm).toBe(true);

      await repo.upsert(endedRecently, [row(sp, { respondents: 1, watermark: '2026-01-02 03:04:05.123455+00' })]);
      expect((await repo.aggregate(sp, endedRecently))?.respondents).toBe(2);
      await repo.upsert(endedRecently, [row(sp, { respondents: 5, watermark: '2026-01-02 03:04:05.123457+00' })]);
      expect((await repo.aggregate(sp, endedRecently))?.respondents).toBe(5);
      expect(await repo.aggregate(sp, endedLongAgo)).toBeNull();
    });

    it('publishes a live point’s rated periods, newest first, at most the given number', async () => {
      await repo.upsert(current, [row(sp, { respondents: 4 })]);
      await repo.upsert(endedLongAgo, [row(sp, { respondents: 0, quickCount: 1, quickSum: 4 })]);
      const pub = await repo.publicSatisfaction(sp, 8);
      expect(pub).toMatchObject({ servicePointId: sp, servicePointName: 'Loket Akta', unitName: a.unitName, agencyName: a.agencyName });
      expect(pub?.periods.map((p) => p.periodId)).toEqual([current, endedRecently, endedLongAgo]);
      expect(pub?.periods[0]).toMatchObject({
        kind: 'MONTHLY',
        startsOn: day(-10),
        endsOn: day(10),
        respondents: 4,
        quickCount: 3,
        quickSum: 9,
      });
      expect(pub?.periods[0].updatedAt).toBeInstanceOf(Date);
      expect((await repo.publicSatisfaction(sp, 2))?.periods.map((p) => p.periodId)).toEqual([current, endedRecently]);

      // A row without any rating is not published.
      expect((await repo.publicSatisfaction(quiet, 8))?.periods).toEqual([]);
      expect(await repo.publicSatisfaction(archived, 8)).toBeNull();
    });

    it('scopes a recompute to the agency’s live points, and to its own periods only', async () => {
      expect(await repo.recomputeScope(current, a.agencyId)).toEqual({ servicePoints: 2 });
      expect(await repo.recomputeScope(current, other.agencyId)).toBeNull();
    });
  });
});
