import { DataSource } from 'typeorm';
import { RoundRecord, RoundsRepository } from '@k360/database';
import { ARCAMANIK_360_V1, CORE_VALUES } from '@k360/scoring';
import { migratedDataSource } from '../support/database';
import { addPeriodRow, createOrg, Org } from './rounds-fixtures';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

/** RoundsRepository's team dashboard reads (issue 15): teamDashboardRows and reviewSeatsOfRounds. */
describe('RoundsRepository team dashboard reads (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: RoundsRepository;
  let org: Org;
  let other: Org;
  let periodId: string;
  const r: Record<string, RoundRecord> = {};

  async function open(employeeId: string, supervisorId: string, unitId: string): Promise<RoundRecord> {
    const round = await repo.addRound({
      agencyId: org.agencyId,
      employeeId,
      periodId,
      positionAtOpen: 'Pengadministrasi Umum',
      unitIdAtOpen: unitId,
      supervisorId,
      policy: ARCAMANIK_360_V1,
      instrumentVersionId: await repo.currentInstrumentId(org.agencyId),
      openedBy: org.head,
    });
    await repo.addSupervisorSeats([{ roundId: round.id, supervisorId }], org.head);
    return round;
  }

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new RoundsRepository(ds);
    org = await createOrg(ds, 'Dinas Uji Dasbor');
    other = await createOrg(ds, 'Dinas Lain Dasbor');
    periodId = await addPeriodRow(ds, org.agencyId, 'Triwulan II 2026', '2026-04-01', '2026-06-30');
    r.staffA = await open(org.staffA, org.boss, org.subUnitId);
    r.staffB = await open(org.staffB, org.boss, org.subUnitId);
    r.boss = await open(org.boss, org.head, org.subUnitId);
    r.peer = await open(org.peer, org.head, org.rootUnitId);
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  const names = async (q: Partial<Parameters<RoundsRepository['teamDashboardRows']>[0]>) =>
    (await repo.teamDashboardRows({ agencyId: org.agencyId, periodId, viewerId: org.head, team: null, ...q })).map((x) => x.employeeName);

  it('lists a supervisor’s direct reports, the rounds opened in the units they head, never their own, by name', async () => {
    expect(await names({ viewerId: org.boss, team: { headedUnitIds: [] } })).toEqual(['Ani Staf', 'Beni Staf']);
    // The boss heading the sub-unit adds nobody else here (their own round opened there is left out).
    expect(await names({ viewerId: org.boss, team: { headedUnitIds: [org.subUnitId] } })).toEqual(['Ani Staf', 'Beni Staf']);
    expect(await names({ viewerId: org.head, team: { headedUnitIds: [org.rootUnitId, org.subUnitId] } })).toEqual([
      'Ani Staf',
      'Beni Staf',
      'Budi Atasan',
      'Citra Rekan',
    ]);
    // Without heading anything, the head sees their direct reports only.
    expect(await names({ viewerId: org.head, team: { headedUnitIds: [] } })).toEqual(['Budi Atasan', 'Citra Rekan']);
  });

  it('the agency (team null), narrowed to a unit and the units below it; another agency’s ids answer nothing', async () => {
    expect(await names({})).toEqual(['Ani Staf', 'Beni Staf', 'Budi Atasan', 'Citra Rekan']);
    expect(await names({ unitId: org.subUnitId })).toEqual(['Ani Staf', 'Beni Staf', 'Budi Atasan']);
    expect(await names({ unitId: org.rootUnitId })).toHaveLength(4);
    expect(await names({ unitId: other.rootUnitId })).toEqual([]);
    expect(await names({ agencyId: other.agencyId })).toEqual([]);
    const [row] = await repo.teamDashboardRows({
      agencyId: org.agencyId,
      periodId,
      viewerId: org.head,
      team: null,
      unitId: org.rootUnitId,
    });
    expect(row).toEqual({
      round: r.staffA,
      employeeName: 'Ani Staf',
      employeeNip: expect.stringMatching(/^\d{18}$/),
      unitName: 'Bidang Umum',
    });
  });

  it('reviewSeatsOfRounds: approved seats only, with names and whether the holder submitted, grouped in the order asked', async () => {
    await repo.addAssignment({ roundId: r.staffA.id, reviewerId: org.peer, relation: 'PEER', state: 'APPROVED', nominatedBy: org.boss });
    await repo.addAssignment({
      roundId: r.staffA.id,
      reviewerId: org.staffB,
      relation: 'PEER',
      state: 'NOMINATED',
      nominatedBy: org.staffA,
    });
    await ds.transaction(async (m) => {
      const seat = (await repo.seatOfReviewerForUpdate(r.staffA.id, org.boss, m))!;
      await repo.addReviewRevision(
        {
          roundId: r.staffA.id,
          assignmentId: seat.id,
          reviewerId: org.boss,
          relation: 'SUPERVISOR',
          strengths: 'Rapi dan tepat waktu.',
          improvements: 'Perlu lebih teliti.',
          scores: CORE_VALUES.map((value) => ({ value, score: 4 })),
        },
        m,
      );
    });
    const none = '00000000-0000-4000-8000-000000000009';
    const [staffB, unknown, staffA] = await repo.reviewSeatsOfRounds([r.staffB.id, none, r.staffA.id]);
    expect(unknown).toEqual([]);
    expect(staffB).toEqual([
      { roundId: r.staffB.id, reviewerId: org.boss, reviewerName: 'Budi Atasan', relation: 'SUPERVISOR', submitted: false },
    ]);
    expect(staffA).toEqual([
      { roundId: r.staffA.id, reviewerId: org.boss, reviewerName: 'Budi Atasan', relation: 'SUPERVISOR', submitted: true },
      { roundId: r.staffA.id, reviewerId: org.peer, reviewerName: 'Citra Rekan', relation: 'PEER', submitted: false },
    ]);
  });
});
