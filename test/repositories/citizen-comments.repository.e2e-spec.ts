import { DataSource } from 'typeorm';
import {
  CitizenCommentsRepository,
  decodeCommentCursor,
  FollowUpRepository,
  NotificationsRepository,
  SatisfactionRepository,
  UnitsRepository,
} from '@k360/database';
import { migratedDataSource } from '../support/database';
import { addPeriodRow, createOrg, Org, pgError, rejection } from './rounds-fixtures';

jest.mock('@nestjs/common', () => {
  const decorator = () => () => undefined;
  class Logger {
    log() {}
    warn() {}
    error() {}
    debug() {}
    verbose() {}
  }
  return { Injectable: decorator, Global: decorator, Module: decorator, Inject: decorator, Optional: decorator, Logger };
});
jest.mock('@nestjs/typeorm', () => ({
  InjectDataSource: () => () => undefined,
  TypeOrmModule: {},
  getDataSourceToken: () => 'DataSource',
}));

/**
 * Citizens' comments, the follow-up plan and the low-satisfaction reads against the real
 * PostgreSQL (issue 15): comments come with date, channel, service point and overall score only;
 * marks are idempotent (a second call changes nothing and says so); the state table keeps ratings
 * append-only; SATISFACTION_LOW is created once per service point, head and day.
 */
describe('CitizenCommentsRepository, FollowUpRepository and the alert reads (real PostgreSQL, issue 15)', () => {
  let ds: DataSource;
  let repo: CitizenCommentsRepository;
  let followUps: FollowUpRepository;
  let satisfaction: SatisfactionRepository;
  let notifications: NotificationsRepository;
  let units: UnitsRepository;
  let org: Org;
  let other: Org;
  let spRoot: string;
  let spSub: string;
  let spOther: string;
  let q3: string;
  const ids: Record<string, string> = {};

  async function servicePoint(agencyId: string, unitId: string, name: string): Promise<string> {
    const [row] = await ds.query(`INSERT INTO service_point (agency_id, unit_id, name) VALUES ($1, $2, $3) RETURNING id`, [
      agencyId,
      unitId,
      name,
    ]);
    return row.id;
  }
  async function rating(
    agencyId: string,
    servicePointId: string,
    at: string,
    r: { answers?: number[]; score?: number; comment?: string | null; channel?: string },
  ): Promise<string> {
    const [row] = await ds.query(
      `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, comment, respondent,
                                  u1, u2, u3, u4, u5, u6, u7, u8, u9, score, submitted_at)
       VALUES ($1, $2, $3, gen_random_uuid(), $4, $5, '{"sex":"PEREMPUAN","education":"S2"}', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        agencyId,
        servicePointId,
        r.channel ?? 'LINK',
        r.answers ? 'IKM' : 'QUICK',
        r.comment ?? null,
        ...(r.answers ?? Array(9).fill(null)),
        r.answers ? null : r.score,
        at,
      ],
    );
    return row.id;
  }

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new CitizenCommentsRepository(ds);
    followUps = new FollowUpRepository(ds);
    satisfaction = new SatisfactionRepository(ds);
    notifications = new NotificationsRepository(ds);
    units = new UnitsRepository(ds);
    org = await createOrg(ds, 'Kota Komentar');
    other = await createOrg(ds, 'Kota Lain');
    spRoot = await servicePoint(org.agencyId, org.rootUnitId, 'Loket Induk');
    spSub = await servicePoint(org.agencyId, org.subUnitId, 'Loket Bidang');
    spOther = await servicePoint(other.agencyId, other.rootUnitId, 'Loket Lain');
    q3 = await addPeriodRow(ds, org.agencyId, 'Triwulan III 2026', '2026-07-01', '2026-09-30');
    ids.old = await rating(org.agencyId, spRoot, '2026-05-03T02:00:00Z', {
      answers: [4, 4, 4, 4, 4, 4, 4, 4, 4],
      comment: 'Pelayanan cepat, terima kasih',
    });
    ids.rude = await rating(org.agencyId, spSub, '2026-08-01T02:00:00Z', {
      score: 1,
      comment: 'Petugasnya bodoh dan kasar',
      channel: 'KIOSK',
    });
    ids.queue = await rating(org.agencyId, spSub, '2026-08-02T02:00:00Z', {
      answers: [2, 2, 2, 2, 3, 2, 2, 1, 2],
      comment: 'Antrean 100% terlalu lama_',
    });
    ids.none = await rating(org.agencyId, spSub, '2026-08-03T02:00:00Z', { score: 4 });
    ids.blank = await rating(org.agencyId, spSub, '2026-08-04T02:00:00Z', { score: 4, comment: '   ' });
    ids.foreign = await rating(other.agencyId, spOther, '2026-08-05T02:00:00Z', { score: 2, comment: 'Antrean di kota lain' });
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('lists comments newest first with date, channel, service point and overall score, and nothing about the respondent', async () => {
    const page = await repo.list({ agencyId: org.agencyId, unitIds: null, first: 10 });
    expect(page.nodes.map((c) => c.id)).toEqual([ids.queue, ids.rude, ids.old]);
    expect(page.totalCount).toBe(3);
    expect(page.hasNextPage).toBe(false);
    const queue = page.nodes[0];
    expect(queue).toMatchObject({
      channel: 'LINK',
      kind: 'IKM',
      servicePointId: spSub,
      servicePointName: 'Loket Bidang',
      unitId: org.subUnitId,
      status: 'OPEN',
    });
    expect(queue.overall).toBeCloseTo(2, 12);
    expect(page.nodes[1]).toMatchObject({ channel: 'KIOSK', kind: 'QUICK', overall: 1 });
    expect(JSON.stringify(page)).not.toMatch(/PEREMPUAN|S2|respondent|source/);
  });

  it('filters by units, service point, unit subtree, period, status and a literal ILIKE search; pages by cursor', async () => {
    const list = (q: Partial<Parameters<CitizenCommentsRepository['list']>[0]>) =>
      repo.list({ agencyId: org.agencyId, unitIds: null, first: 10, ...q }).then((p) => p.nodes.map((c) => c.id));
    expect(await list({ unitIds: [org.subUnitId] })).toEqual([ids.queue, ids.rude]);
    expect(await list({ servicePointId: spRoot })).toEqual([ids.old]);
    expect(await list({ unitId: org.rootUnitId })).toEqual([ids.queue, ids.rude, ids.old]);
    expect(await list({ unitId: other.rootUnitId })).toEqual([]);
    expect(await list({ periodId: q3 })).toEqual([ids.queue, ids.rude]);
    expect(await list({ search: 'ANTREAN' })).toEqual([ids.queue]);
    // % and _ match literally.
    expect(await list({ search: '100%' })).toEqual([ids.queue]);
    expect(await list({ search: 'a_' })).toEqual([ids.queue]);
    expect(await list({ search: '%' })).toEqual([ids.queue]);
    const first = await repo.list({ agencyId: org.agencyId, unitIds: null, first: 2 });
    expect(first.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(3);
    const second = await repo.list({ agencyId: org.agencyId, unitIds: null, first: 2, after: decodeCommentCursor(first.endCursor!) });
    expect(second.nodes.map((c) => c.id)).toEqual([ids.old]);
    expect(second.hasNextPage).toBe(false);
    expect(decodeCommentCursor('bm90IGEgY3Vyc29y')).toBeNull();
  });

  it('marks are idempotent, hidden wins over handled, unhide restores handled; other agencies and comment-less ratings are not found', async () => {
    expect(await repo.markHandled(org.agencyId, ids.queue, org.boss, 'Loket tambahan dibuka')).toBe(true);
    expect(await repo.markHandled(org.agencyId, ids.queue, org.boss, 'lagi')).toBe(false);
    expect(await repo.findInAgency(org.agencyId, ids.queue)).toMatchObject({ status: 'HANDLED', handledNote: 'Loket tambahan dibuka' });
    expect(await repo.hide(org.agencyId, ids.queue, org.boss, 'Menyebut nama petugas')).toBe(true);
    expect(await repo.hide(org.agencyId, ids.queue, org.boss, 'Menyebut nama petugas')).toBe(false);
    expect(await repo.findInAgency(org.agencyId, ids.queue)).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Menyebut nama petugas' });
    const statuses = async (status: 'OPEN' | 'HANDLED' | 'HIDDEN') =>
      (await repo.list({ agencyId: org.agencyId, unitIds: null, first: 10, status })).nodes.map((c) => c.id);
    expect(await statuses('HIDDEN')).toEqual([ids.queue]);
    expect(await statuses('OPEN')).toEqual([ids.rude, ids.old]);
    expect(await repo.unhide(org.agencyId, ids.queue)).toBe(true);
    expect(await repo.unhide(org.agencyId, ids.queue)).toBe(false);
    expect(await statuses('HANDLED')).toEqual([ids.queue]);
    expect(await repo.findInAgency(other.agencyId, ids.queue)).toBeNull();
    expect(await repo.findInAgency(org.agencyId, ids.none)).toBeNull();
    expect(await repo.findInAgency(org.agencyId, ids.blank)).toBeNull();
    expect(await repo.unhide(other.agencyId, ids.queue)).toBe(false);
    // The rating row itself is untouched (append-only facts).
    const [r] = await ds.query(`SELECT comment FROM public_rating WHERE id = $1`, [ids.queue]);
    expect(r.comment).toBe('Antrean 100% terlalu lama_');
    // A reason shorter than 5 characters is refused by the table too.
    expect(pgError(await rejection(repo.hide(org.agencyId, ids.rude, org.boss, 'abc'))).code).toBe('23514');
  });

  it('recentOveralls reads the latest ratings of the window, newest first; SATISFACTION_LOW is created once per point, head and day', async () => {
    const sp = await servicePoint(org.agencyId, org.subUnitId, 'Loket Alarm');
    const now = Date.now();
    for (let i = 0; i < 12; i++) await rating(org.agencyId, sp, new Date(now - (i + 1) * 60_000).toISOString(), { score: i < 5 ? 1 : 4 });
    await rating(org.agencyId, sp, new Date(now - 30 * 3_600_000).toISOString(), { score: 1 });
    const overalls = await satisfaction.recentOveralls(sp, 24, 10);
    expect(overalls).toEqual([1, 1, 1, 1, 1, 4, 4, 4, 4, 4]);
    expect(await satisfaction.recentOveralls(sp, 24, 100)).toHaveLength(12);
    await ds.query(`UPDATE employee SET roles = ARRAY['SUPERVISOR','EMPLOYEE']::text[] WHERE id = ANY($1)`, [[org.head, org.boss]]);
    const candidates = await units.headCandidates(org.subUnitId);
    expect(candidates.sort()).toEqual([org.head, org.boss].sort());
    expect(await notifications.createSatisfactionLow(sp, [org.head, org.boss, other.head])).toBe(2);
    expect(await notifications.createSatisfactionLow(sp, [org.head, org.boss])).toBe(0);
    const rows = await ds.query(
      `SELECT employee_id, service_point_id FROM notification WHERE kind = 'SATISFACTION_LOW' AND service_point_id = $1`,
      [sp],
    );
    expect(rows).toHaveLength(2);
  });

  it('follow-up actions: insert, list, update, publish, delete; the table refuses an unknown element and a short action', async () => {
    const base = {
      agencyId: org.agencyId,
      servicePointId: spSub,
      periodId: q3,
      createdBy: org.boss,
      ownerId: org.staffA,
      status: 'PLANNED' as const,
    };
    const a = await followUps.insert({
      ...base,
      elementCode: 'U8',
      action: 'Sediakan kotak pengaduan daring',
      dueOn: '2026-10-15',
      published: true,
    });
    const b = await followUps.insert({
      ...base,
      elementCode: 'U3',
      action: 'Tambah petugas pada jam sibuk',
      dueOn: '2026-11-01',
      published: false,
    });
    expect((await followUps.list(spSub, q3)).map((x) => x.id)).toEqual([a.id, b.id]);
    expect(await followUps.count(spSub, q3)).toBe(2);
    const moved = await followUps.update(b.id, { ...b, status: 'IN_PROGRESS', published: true });
    expect(moved).toMatchObject({ status: 'IN_PROGRESS', published: true, dueOn: '2026-11-01' });
    expect((await followUps.published(org.agencyId)).map((x) => [x.elementCode, x.status])).toEqual([
      ['U8', 'PLANNED'],
      ['U3', 'IN_PROGRESS'],
    ]);
    expect(await followUps.find(other.agencyId, a.id)).toBeNull();
    expect(await followUps.delete(b.id)).toBe(true);
    expect(await followUps.delete(b.id)).toBe(false);
    expect(
      pgError(
        await rejection(
          followUps.insert({ ...base, elementCode: 'U10', action: 'Sesuatu yang cukup', dueOn: '2026-10-01', published: false }),
        ),
      ).code,
    ).toBe('23514');
    expect(
      pgError(await rejection(followUps.insert({ ...base, elementCode: 'U1', action: 'abc', dueOn: '2026-10-01', published: false }))).code,
    ).toBe('23514');
    const q4 = await addPeriodRow(ds, org.agencyId, 'Triwulan IV 2026', '2026-10-01', '2026-12-31');
    expect((await followUps.periodsOfKindAfter(org.agencyId, 'QUARTERLY', '2026-09-30')).map((p) => p.id)).toEqual([q4]);
  });
});
