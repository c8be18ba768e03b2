import { DataSource } from 'typeorm';
import { NewRoundResult, ResultsRepository, RoundsRepository } from '@k360/database';
import { ARCAMANIK_360_V1, IKM_ELEMENT_CODES } from '@k360/scoring';
import { migratedDataSource } from '../support/database';
import { addPeriodRow, createOrg, Org, pgError, rejection } from './rounds-fixtures';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('ResultsRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: ResultsRepository;
  let org: Org;
  let periodId: string;
  let roundA: string;
  let roundB: string;

  async function addRound(employeeId: string): Promise<string> {
    const [row] = await ds.query(
      `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy,
                                     instrument_version_id, opened_by, closed_at, hasil_kerja_rating, close_count)
       SELECT $1, $2, $3, 'CLOSED', 'Pengadministrasi Umum', $4, $5, $6, iv.id, $5, now(), 'SESUAI_EKSPEKTASI', 1
         FROM instrument_version iv WHERE iv.agency_id IS NULL AND iv.version = 1
       RETURNING id`,
      [org.agencyId, employeeId, periodId, org.subUnitId, org.boss, JSON.stringify(ARCAMANIK_360_V1)],
    );
    return row.id;
  }

  /** A seat on the round with one review per entry of `revisions` (each a list of the 7 scores, in CORE_VALUES order). */
  async function addSeat(roundId: string, reviewerId: string, relation: string, revisions: number[][]): Promise<void> {
    const [a] = await ds.query(
      `INSERT INTO reviewer_assignment (round_id, reviewer_id, relation, state, nominated_by) VALUES ($1, $2, $3, 'APPROVED', $2) RETURNING id`,
      [roundId, reviewerId, relation],
    );
    for (const [i, values] of revisions.entries()) {
      const [r] = await ds.query(
        `INSERT INTO review (round_id, assignment_id, reviewer_id, relation, revision, submitted_at)
         VALUES ($1, $2, $3, $4, $5, '2026-02-01T08:00:00Z'::timestamptz + make_interval(hours => $5)) RETURNING id`,
        [roundId, a.id, reviewerId, relation, i + 1],
      );
      await ds.query(
        `INSERT INTO review_score (review_id, core_value, score)
         SELECT $1, v, s FROM unnest(ARRAY['BERORIENTASI_PELAYANAN','AKUNTABEL','KOMPETEN','HARMONIS','LOYAL','ADAPTIF','KOLABORATIF'], $2::int[]) AS t(v, s)`,
        [r.id, values],
      );
    }
  }

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new ResultsRepository(ds);
    org = await createOrg(ds, 'Dinas Uji Hasil');
    periodId = await addPeriodRow(ds, org.agencyId, 'Triwulan I 2026', '2026-01-01', '2026-03-31');
    roundA = await addRound(org.staffA);
    roundB = await addRound(org.staffB);
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it("means each current review of the round (a revision replaces the seat's earlier one)", async () => {
    await addSeat(roundA, org.boss, 'SUPERVISOR', [
      [2, 2, 2, 2, 2, 2, 2],
      [5, 4, 4, 4, 4, 4, 4],
    ]);
    await addSeat(roundA, org.peer, 'PEER', [[3, 3, 3, 3, 3, 3, 3]]);
    await addSeat(roundB, org.boss, 'SUPERVISOR', [[1, 1, 1, 1, 1, 1, 1]]);

    const means = await repo.reviewerMeans(roundA);
    expect(means.sort((a, b) => a.relation.localeCompare(b.relation))).toEqual([
      { relation: 'PEER', mean: 3, items: 7, submittedAt: new Date('2026-02-01T09:00:00Z') },
      { relation: 'SUPERVISOR', mean: expect.closeTo(29 / 7, 12), items: 7, submittedAt: new Date('2026-02-01T10:00:00Z') },
    ]);
    expect(typeof means[0].mean).toBe('number');
    expect(await repo.reviewerMeans('00000000-0000-0000-0000-000000000007')).toEqual([]);
  });

  it('aggregates the IKM ratings of the employee submitted in [startsAt, endsAt), per element', async () => {
    const [sp] = await ds.query(`INSERT INTO service_point (agency_id, unit_id, name) VALUES ($1, $2, 'Loket Pelayanan') RETURNING id`, [
      org.agencyId,
      org.subUnitId,
    ]);
    const rate = (employeeId: string, kind: 'IKM' | 'QUICK', submittedAt: string, receivedAt: string, u: number[] | null) =>
      ds.query(
        `INSERT INTO public_rating (agency_id, service_point_id, employee_id, channel, source_id, kind,
                                    u1, u2, u3, u4, u5, u6, u7, u8, u9, score, submitted_at, received_at)
         VALUES ($1, $2, $3, 'LINK', gen_random_uuid(), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [org.agencyId, sp.id, employeeId, kind, ...(u ?? Array(9).fill(null)), kind === 'QUICK' ? 4 : null, submittedAt, receivedAt],
      );
    // The period in Asia/Jakarta (UTC+7): [2025-12-31T17:00Z, 2026-03-31T17:00Z).
    await rate(org.staffA, 'IKM', '2025-12-31T17:00:00Z', '2025-12-31T17:00:05Z', [2, 2, 2, 2, 2, 2, 2, 2, 2]); // first instant: in
    await rate(org.staffA, 'IKM', '2026-01-10T03:00:00Z', '2026-01-10T03:00:01Z', [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    await rate(org.staffA, 'IKM', '2026-03-31T16:59:59Z', '2026-03-31T17:30:00Z', [1, 2, 3, 4, 1, 2, 3, 4, 1]); // last second: in
    await rate(org.staffA, 'IKM', '2026-03-31T17:00:00Z', '2026-03-31T17:00:01Z', [1, 1, 1, 1, 1, 1, 1, 1, 1]); // next period: out
    await rate(org.staffA, 'IKM', '2025-12-31T16:59:59Z', '2025-12-31T17:00:00Z', [1, 1, 1, 1, 1, 1, 1, 1, 1]); // previous: out
    await rate(org.staffA, 'QUICK', '2026-02-01T03:00:00Z', '2026-02-01T03:00:00Z', null); // not IKM: out
    await rate(org.staffB, 'IKM', '2026-02-01T03:00:00Z', '2026-02-01T03:00:00Z', [3, 3, 3, 3, 3, 3, 3, 3, 3]); // someone else: out

    const agg = await repo.publicRatingAggregates(org.staffA, '2026-01-01 00:00:00+07', '2026-04-01 00:00:00+07');
    expect(agg.respondents).toBe(3);
    const answers = [
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
      [4, 4, 4, 4, 4, 4, 4, 4, 4],
      [1, 2, 3, 4, 1, 2, 3, 4, 1],
    ];
    expect(agg.elements).toEqual(
      Object.fromEntries(IKM_ELEMENT_CODES.map((c, i) => [c, { sum: answers.reduce((s, a) => s + a[i], 0), count: 3 }])),
    );
    expect([...agg.respondentMeans].sort((x, y) => x - y)).toEqual([2, expect.closeTo(21 / 9, 12), 4]);
    for (const m of agg.respondentMeans) expect(typeof m).toBe('number');
    expect(agg.lastReceivedAt).toEqual(new Date('2026-03-31T17:30:00Z'));

    const none = await repo.publicRatingAggregates(org.peer, '2026-01-01 00:00:00+07', '2026-04-01 00:00:00+07');
    expect(none).toEqual({
      respondents: 0,
      elements: Object.fromEntries(IKM_ELEMENT_CODES.map((c) => [c, { sum: 0, count: 0 }])),
      respondentMeans: [],
      lastReceivedAt: null,
    });
  });

  it('stores one result per round, replaced by a later one, and reads them back typed in the order asked', async () => {
    expect(await repo.resultsOfRounds([roundA, roundB])).toEqual([null, null]);
    const first: NewRoundResult = {
      roundId: roundA,
      policyCode: ARCAMANIK_360_V1.code,
      perilakuScore: 78.57142857142857,
      perilakuRating: 'SESUAI_EKSPEKTASI',
      hasilKerjaScore: null,
      hasilKerjaRating: 'SESUAI_EKSPEKTASI',
      hasilKerjaSource: 'SUPERVISOR',
      overrideReason: null,
      hasilKerjaIndicators: [],
      predikat: 'BAIK',
      sources: [{ source: 'SUPERVISOR', count: 1, mean: 29 / 7, score: 78.57142857142857, weight: 1, counted: true, sd: null, ci95: null }],
      watermark: { reviews: 2, lastReviewAt: '2026-02-01T10:00:00.000Z', publicRespondents: 3, lastRatingAt: '2026-03-31T17:30:00.000Z' },
      closeCount: 1,
    };
    await repo.save(first);
    const [stored, nothing] = await repo.resultsOfRounds([roundA, roundB]);
    expect(nothing).toBeNull();
    expect(stored).toEqual({ ...first, computedAt: expect.any(Date) });
    expect(typeof stored!.perilakuScore).toBe('number');

    const second: NewRoundResult = {
      ...first,
      perilakuScore: 90.5,
      perilakuRating: 'DI_ATAS_EKSPEKTASI',
      hasilKerjaScore: 93.125,
      hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
      hasilKerjaSource: 'KPI',
      overrideReason: 'Beban layanan di luar target SKP',
      hasilKerjaIndicators: [
        {
          indicatorId: '00000000-0000-0000-0000-0000000000a1',
          workPlanId: '00000000-0000-0000-0000-0000000000b1',
          year: 2026,
          name: 'Rata-rata waktu penyelesaian berkas',
          unit: 'hari',
          source: 'MANUAL',
          aggregation: 'AVERAGE',
          direction: 'LOWER_IS_BETTER',
          weight: 1,
          effectiveWeight: 0.25,
          annualTarget: 3,
          periodTarget: 3,
          realisation: 3.25,
          monthsCounted: ['2026-01', '2026-02'],
          capaian: 3 / 3.25,
          capped: false,
          outcome: 'COUNTED',
        },
      ],
      predikat: 'SANGAT_BAIK',
      closeCount: 2,
    };
    await repo.save(second);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = $1`, [roundA]);
    expect(n).toBe(1);
    const [replaced] = await repo.resultsOfRounds([roundA]);
    expect(replaced).toEqual({ ...second, computedAt: expect.any(Date) });
    expect(replaced!.computedAt.getTime()).toBeGreaterThanOrEqual(stored!.computedAt.getTime());

    await repo.save({ ...first, roundId: roundB, predikat: null, perilakuScore: null, perilakuRating: null, sources: [] });
    expect((await repo.resultsOfRounds([roundB, roundA])).map((r) => r && [r.roundId, r.predikat])).toEqual([
      [roundB, null],
      [roundA, 'SANGAT_BAIK'],
    ]);
  });

  it('reads the round facts hasil kerja is computed from (agency, employee, period days, close-time rating and reason)', async () => {
    await ds.query(`UPDATE evaluation_round SET override_reason = 'Alasan' WHERE id = $1`, [roundB]);
    expect(await repo.roundSubject(roundA)).toEqual({
      agencyId: org.agencyId,
      employeeId: org.staffA,
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
      hasilKerjaRating: 'SESUAI_EKSPEKTASI',
      overrideReason: null,
    });
    expect(await repo.roundSubject(roundB)).toMatchObject({ employeeId: org.staffB, overrideReason: 'Alasan' });
    expect(await repo.roundSubject('00000000-0000-0000-0000-000000000009')).toBeNull();
  });

  it('refuses a result for a round that does not exist (foreign key)', async () => {
    const err = await rejection(ds.transaction((m) => repo.save({ ...baseResult(), roundId: '00000000-0000-0000-0000-000000000008' }, m)));
    expect(pgError(err).code).toBe('23503');
  });

  it('per round, each relation’s mean item score per value over the current reviews, in the order asked (valueMeansOfRounds)', async () => {
    const unknown = '00000000-0000-0000-0000-000000000009';
    const [b, a, none] = await repo.valueMeansOfRounds([roundB, roundA, unknown]);
    expect(none).toEqual([]);
    expect(b).toHaveLength(7);
    expect(b.every((m) => m.relation === 'SUPERVISOR' && m.mean === 1 && m.reviewers === 1)).toBe(true);
    const of = (relation: string, value: string) => a.find((m) => m.relation === relation && m.value === value);
    expect(a).toHaveLength(14);
    // The supervisor's current revision (5, 4, …), not the first one (2, …).
    expect(of('SUPERVISOR', 'BERORIENTASI_PELAYANAN')).toEqual({
      relation: 'SUPERVISOR',
      value: 'BERORIENTASI_PELAYANAN',
      mean: 5,
      reviewers: 1,
    });
    expect(of('PEER', 'AKUNTABEL')).toEqual({ relation: 'PEER', value: 'AKUNTABEL', mean: 3, reviewers: 1 });
  });

  it('the scored rounds of a period in a unit tree, with employee, unit and stored result (scoredRoundsInUnitTree)', async () => {
    const q = (unitId: string | null, period = periodId) =>
      repo.scoredRoundsInUnitTree({ agencyId: org.agencyId, periodId: period, unitId });
    expect(await q(null)).toEqual([]); // both rounds are CLOSED, not SCORED
    await ds.query(`UPDATE evaluation_round SET status = 'SCORED' WHERE id = $1`, [roundA]);
    const [row, ...rest] = await q(null);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      roundId: roundA,
      agencyId: org.agencyId,
      employeeId: org.staffA,
      positionAtOpen: 'Pengadministrasi Umum',
      unitIdAtOpen: org.subUnitId,
      supervisorId: org.boss,
      policy: { code: ARCAMANIK_360_V1.code },
      result: { roundId: roundA, predikat: 'SANGAT_BAIK', perilakuScore: 90.5 },
    });
    expect(row.employeeName).toEqual(expect.any(String));
    expect(row.employeeNip).toMatch(/^\d{18}$/);
    expect(row.unitName).toEqual(expect.any(String));
    // The unit tree: the sub-unit and the root above it hold the round.
    expect((await q(org.subUnitId)).map((r) => r.roundId)).toEqual([roundA]);
    expect((await q(org.rootUnitId)).map((r) => r.roundId)).toEqual([roundA]);
    // Another period, another agency's unit: nothing.
    const other = await addPeriodRow(ds, org.agencyId, 'Triwulan II 2026', '2026-04-01', '2026-06-30');
    expect(await q(null, other)).toEqual([]);
    const elsewhere = await createOrg(ds, 'Dinas Lain');
    expect(await q(elsewhere.rootUnitId)).toEqual([]);
  });

  it('a page of an employee’s SCORED rounds, newest period first, with the total (RoundsRepository.scoredRoundsOfEmployeePage)', async () => {
    const rounds = new RoundsRepository(ds);
    const later = await addPeriodRow(ds, org.agencyId, 'Triwulan III 2026', '2026-07-01', '2026-09-30');
    const [r] = await ds.query(
      `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, supervisor_id, policy,
                                     instrument_version_id, opened_by, closed_at, hasil_kerja_rating, close_count)
       SELECT agency_id, employee_id, $2, 'SCORED', position_at_open, unit_id_at_open, supervisor_id, policy, instrument_version_id, opened_by,
              closed_at, hasil_kerja_rating, close_count FROM evaluation_round WHERE id = $1 RETURNING id`,
      [roundA, later],
    );
    const first = await rounds.scoredRoundsOfEmployeePage(org.staffA, { first: 1, after: null });
    expect(first).toMatchObject({ startsOn: ['2026-07-01'], hasNextPage: true, totalCount: 2 });
    expect(first.rounds.map((x) => x.id)).toEqual([r.id]);
    const second = await rounds.scoredRoundsOfEmployeePage(org.staffA, { first: 1, after: { startsOn: '2026-07-01', id: r.id } });
    expect(second).toMatchObject({ startsOn: ['2026-01-01'], hasNextPage: false, totalCount: 2 });
    expect(second.rounds.map((x) => x.id)).toEqual([roundA]);
    const empty = await rounds.scoredRoundsOfEmployeePage(org.staffA, { first: 1, after: { startsOn: '2026-01-01', id: roundA } });
    expect(empty).toEqual({ rounds: [], startsOn: [], hasNextPage: false, totalCount: 2 });
    // staffB's round is CLOSED, not SCORED.
    expect(await rounds.scoredRoundsOfEmployeePage(org.staffB, { first: 5, after: null })).toMatchObject({ rounds: [], totalCount: 0 });
  });
});

function baseResult(): NewRoundResult {
  return {
    roundId: '',
    policyCode: ARCAMANIK_360_V1.code,
    perilakuScore: null,
    perilakuRating: null,
    hasilKerjaScore: null,
    hasilKerjaRating: 'SESUAI_EKSPEKTASI',
    hasilKerjaSource: 'SUPERVISOR',
    overrideReason: null,
    hasilKerjaIndicators: [],
    predikat: null,
    sources: [],
    watermark: { reviews: 0, lastReviewAt: null, publicRespondents: 0, lastRatingAt: null },
    closeCount: 1,
  };
}
