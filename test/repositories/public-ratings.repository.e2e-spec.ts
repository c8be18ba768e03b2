import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IntakeRating, PublicRatingsRepository } from '@k360/database';
import { LATE_RATING_WINDOW_DAYS } from '@k360/scoring';
import { migratedDataSource } from '../support/database';
import { assignStaff, insertAgency, insertEmployee, insertServicePoint, RatingAgency } from './rating-fixtures';

// @nestjs/* are ES modules, which Jest cannot require: see test/support/nest-shim.ts.
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

const TOPIC = 'service_point.rated';

describe('PublicRatingsRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: PublicRatingsRepository;
  let a: RatingAgency;
  let other: RatingAgency;
  let sp: string;
  let archivedSp: string;
  let otherSp: string;
  let admin: { id: string; nip: string };
  let officer: { id: string; nip: string };
  let retired: { id: string; nip: string };

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new PublicRatingsRepository(ds);
    a = await insertAgency(ds);
    other = await insertAgency(ds);
    sp = await insertServicePoint(ds, a, 'Loket KTP');
    archivedSp = await insertServicePoint(ds, a, 'Loket Lama', true);
    otherSp = await insertServicePoint(ds, other);
    admin = await insertEmployee(ds, a, 'Admin Repo');
    officer = await insertEmployee(ds, a, 'Budi Petugas');
    retired = await insertEmployee(ds, a, 'Ani Pensiun', false);
    await assignStaff(ds, sp, officer.id);
    await assignStaff(ds, sp, retired.id);
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  const rating = (over: Partial<IntakeRating> & { sourceId: string; channel: IntakeRating['channel'] }): IntakeRating => ({
    key: `${over.channel.toLowerCase()}:${over.sourceId}:${randomUUID()}`,
    agencyId: a.agencyId,
    servicePointId: sp,
    employeeId: null,
    kind: 'QUICK',
    answers: Array(9).fill(null),
    score: 4,
    comment: null,
    respondent: null,
    submittedAt: new Date(),
    allowance: null,
    clientTag: 'tag-repo-test',
    ...over,
  });

  describe('service point and staff reads', () => {
    it('finds a service point of the agency with its archive time, and none of another agency', async () => {
      expect(await repo.servicePointOfAgency(sp, a.agencyId)).toEqual({ id: sp, archivedAt: null });
      expect((await repo.servicePointOfAgency(archivedSp, a.agencyId))?.archivedAt).toBeInstanceOf(Date);
      expect(await repo.servicePointOfAgency(otherSp, a.agencyId)).toBeNull();
    });

    it('tells staff from others, active or not', async () => {
      expect(await repo.isStaffOf(sp, officer.id, true)).toBe(true);
      expect(await repo.isStaffOf(sp, retired.id, false)).toBe(true);
      expect(await repo.isStaffOf(sp, retired.id, true)).toBe(false);
      expect(await repo.isStaffOf(sp, admin.id, false)).toBe(false);
    });

    it('reads names, active officers, an officer and the staff ids', async () => {
      expect(await repo.servicePointNames(sp)).toEqual({ name: 'Loket KTP', unitName: a.unitName });
      expect(await repo.servicePointNames(randomUUID())).toBeNull();
      expect(await repo.activeOfficers(sp)).toEqual([{ id: officer.id, name: 'Budi Petugas' }]);
      expect(await repo.officer(retired.id)).toEqual({ id: retired.id, name: 'Ani Pensiun' });
      expect(await repo.officer(randomUUID())).toBeNull();
      expect(await repo.staffIds(sp)).toEqual([officer.id, retired.id].sort());
    });
  });

  describe('rating links', () => {
    it('inserts, lists by agency and service point, and revokes once', async () => {
      const link = await repo.insertRatingLink({
        agencyId: a.agencyId,
        servicePointId: sp,
        employeeId: officer.id,
        expiresAt: new Date('2099-01-01T00:00:00Z'),
        createdBy: admin.id,
      });
      expect(link).toMatchObject({ agencyId: a.agencyId, servicePointId: sp, employeeId: officer.id, revokedAt: null });
      expect(link.expiresAt?.toISOString()).toBe('2099-01-01T00:00:00.000Z');
      expect((await repo.ratingLinks(a.agencyId, sp)).map((l) => l.id)).toContain(link.id);
      expect(await repo.ratingLinks(a.agencyId, archivedSp)).toEqual([]);
      expect(await repo.ratingLinks(other.agencyId, null)).toEqual([]);

      expect(await repo.revokeRatingLink(link.id, other.agencyId)).toBeNull();
      const revoked = await repo.revokeRatingLink(link.id, a.agencyId);
      expect(revoked?.revokedAt).toBeInstanceOf(Date);
      const again = await repo.revokeRatingLink(link.id, a.agencyId);
      expect(again?.revokedAt?.getTime()).toBe(revoked?.revokedAt?.getTime());
    });
  });

  describe('kiosks and pairing codes', () => {
    it('inserts, lists by name, locks, renames and revokes', async () => {
      const b = await repo.insertKiosk({ agencyId: a.agencyId, servicePointId: sp, name: 'Kios B', createdBy: admin.id });
      const k = await repo.insertKiosk({ agencyId: a.agencyId, servicePointId: sp, name: 'Kios A', createdBy: admin.id });
      expect(k).toMatchObject({ name: 'Kios A', servicePointId: sp, revokedAt: null, lastSeenAt: null });
      const listed = (await repo.kiosks(a.agencyId, sp)).filter((x) => x.id === k.id || x.id === b.id);
      expect(listed.map((x) => x.name)).toEqual(['Kios A', 'Kios B']);
      expect(await repo.kiosks(other.agencyId, null)).toEqual([]);
      expect(await repo.kiosk(k.id, other.agencyId)).toBeNull();

      const renamed = await ds.transaction(async (m) => {
        const before = await repo.kiosk(k.id, a.agencyId, true, m);
        expect(before?.name).toBe('Kios A');
        return repo.renameKiosk(k.id, 'Kios Depan', m);
      });
      expect(renamed?.name).toBe('Kios Depan');
      expect((await repo.kiosk(k.id, a.agencyId))?.name).toBe('Kios Depan');

      expect(await repo.revokeKiosk(b.id, other.agencyId)).toBeNull();
      expect((await repo.revokeKiosk(b.id, a.agencyId))?.revokedAt).toBeInstanceOf(Date);
    });

    it('marks kiosks as seen', async () => {
      const k = await repo.insertKiosk({ agencyId: a.agencyId, servicePointId: sp, name: 'Kios Terlihat', createdBy: admin.id });
      await repo.markKiosksSeen([k.id]);
      expect((await repo.kiosk(k.id, a.agencyId))?.lastSeenAt).toBeInstanceOf(Date);
    });

    it('adds a pairing code valid for the given minutes, refuses a live duplicate, and uses it once', async () => {
      const k = await repo.insertKiosk({ agencyId: a.agencyId, servicePointId: sp, name: 'Kios Pasang', createdBy: admin.id });
      let code = '';
      let pairing = null;
      for (let i = 0; i < 20 && !pairing; i++) {
        code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        pairing = await repo.addPairingCode(code, k.id, admin.id, 10);
      }
      expect(pairing?.code).toBe(code);
      const [{ minutes }] = await ds.query(`SELECT extract(epoch FROM $1::timestamptz - now()) / 60 AS minutes`, [pairing!.expiresAt]);
      expect(Number(minutes)).toBeGreaterThan(9);
      expect(Number(minutes)).toBeLessThanOrEqual(10);
      expect(await repo.addPairingCode(code, k.id, admin.id, 10)).toBeNull();

      expect(await repo.usePairingCode(code)).toEqual({
        kioskId: k.id,
        name: 'Kios Pasang',
        revokedAt: null,
        servicePointName: 'Loket KTP',
      });
      expect(await repo.usePairingCode(code)).toBeNull();
      // A used code may be drawn again.
      expect((await repo.addPairingCode(code, k.id, admin.id, 10))?.code).toBe(code);
    });
  });

  describe('service tickets', () => {
    it('inserts, finds by agency, completes once and is used once', async () => {
      const t = await repo.insertServiceTicket({ agencyId: a.agencyId, servicePointId: sp, employeeId: officer.id, createdBy: admin.id });
      expect(t).toMatchObject({ servicePointId: sp, employeeId: officer.id, completedAt: null, usedAt: null });
      expect(t.issuedAt).toBeInstanceOf(Date);
      expect((await repo.serviceTicket(t.id, a.agencyId))?.id).toBe(t.id);
      expect(await repo.serviceTicket(t.id, other.agencyId)).toBeNull();

      const done = await repo.completeServiceTicket(t.id);
      expect(done?.completedAt).toBeInstanceOf(Date);
      expect((await repo.completeServiceTicket(t.id))?.completedAt?.getTime()).toBe(done?.completedAt?.getTime());

      expect(await repo.useServiceTicket(t.id)).toBe(true);
      expect(await repo.useServiceTicket(t.id)).toBe(false);
      expect((await repo.serviceTicket(t.id, a.agencyId))?.usedAt).toBeInstanceOf(Date);
    });
  });

  describe('the service desk (issue 14)', () => {
    it('numbers the tickets per service point per local day and pages today’s open ones', async () => {
      const desk = await insertServicePoint(ds, a, 'Loket Desk');
      await assignStaff(ds, desk, officer.id);
      const issue = () => repo.insertServiceTicket({ agencyId: a.agencyId, servicePointId: desk, employeeId: null, createdBy: officer.id });
      // A ticket of yesterday (its number is drawn from yesterday's counter).
      const [yesterday] = await ds.query(
        `INSERT INTO service_ticket (agency_id, service_point_id, created_by, issued_at) VALUES ($1, $2, $3, now() - interval '1 day') RETURNING id`,
        [a.agencyId, desk, officer.id],
      );
      const t1 = await issue();
      const t2 = await issue();
      const t3 = await issue();
      expect([t1.number, t2.number, t3.number]).toEqual([1, 2, 3]);
      expect((await repo.serviceTicket(yesterday.id, a.agencyId))?.number).toBe(1);
      expect((await repo.completeServiceTicket(t2.id))?.number).toBe(2);

      const first = await repo.openServiceTicketsToday(desk, a.agencyId, { first: 1, afterId: null });
      expect(first).toMatchObject({ hasNextPage: true, totalCount: 2 });
      expect(first.nodes.map((t) => [t.id, t.number])).toEqual([[t1.id, 1]]);
      const next = await repo.openServiceTicketsToday(desk, a.agencyId, { first: 1, afterId: t1.id });
      expect(next).toMatchObject({ hasNextPage: false, totalCount: 2 });
      expect(next.nodes.map((t) => [t.id, t.number])).toEqual([[t3.id, 3]]);
      expect((await repo.openServiceTicketsToday(desk, other.agencyId, { first: 10, afterId: null })).totalCount).toBe(0);

      const points = await repo.deskServicePoints(officer.id, a.agencyId);
      expect(points.map((p) => p.name)).toEqual(['Loket Desk', 'Loket KTP']);
      expect(await repo.deskServicePoints(officer.id, other.agencyId)).toEqual([]);
    });
  });

  describe('intake', () => {
    it('reads the sources of each kind with their service point archive time', async () => {
      const link = await repo.insertRatingLink({
        agencyId: a.agencyId,
        servicePointId: sp,
        employeeId: null,
        expiresAt: null,
        createdBy: admin.id,
      });
      const archivedLink = await repo.insertRatingLink({
        agencyId: a.agencyId,
        servicePointId: archivedSp,
        employeeId: null,
        expiresAt: null,
        createdBy: admin.id,
      });
      const k = await repo.insertKiosk({ agencyId: a.agencyId, servicePointId: sp, name: 'Kios Sumber', createdBy: admin.id });
      const t = await repo.insertServiceTicket({ agencyId: a.agencyId, servicePointId: sp, employeeId: officer.id, createdBy: admin.id });

      const links = await repo.ratingSources('link', [link.id, archivedLink.id, randomUUID()]);
      expect(links).toHaveLength(2);
      expect(links.find((l) => l.id === link.id)).toMatchObject({
        kind: 'link',
        agencyId: a.agencyId,
        servicePointId: sp,
        employeeId: null,
        revokedAt: null,
        expiresAt: null,
        servicePointArchivedAt: null,
      });
      expect(links.find((l) => l.id === archivedLink.id)?.servicePointArchivedAt).toBeInstanceOf(Date);
      expect(await repo.ratingSources('kiosk', [k.id])).toEqual([
        expect.objectContaining({ kind: 'kiosk', id: k.id, revokedAt: null, employeeId: null }),
      ]);
      const [ticket] = await repo.ratingSources('ticket', [t.id]);
      expect(ticket).toMatchObject({ kind: 'ticket', employeeId: officer.id, usedAt: null });
      expect(ticket.issuedAt).toBeInstanceOf(Date);
    });

    it('stores a counted rating with its outbox row, in one statement, and claims each key once', async () => {
      const t = await repo.insertServiceTicket({ agencyId: a.agencyId, servicePointId: sp, employeeId: officer.id, createdBy: admin.id });
      const r = rating({
        channel: 'TICKET',
        sourceId: t.id,
        employeeId: officer.id,
        kind: 'IKM',
        answers: [4, 3, 4, 4, 3, 4, 4, 3, 4],
        score: null,
        comment: 'Cepat',
        respondent: { sex: 'F' },
      });
      expect(await repo.idempotencyKeyTaken(r.key)).toBe(false);
      expect([...(await repo.intake([r], TOPIC))]).toEqual([r.key]);
      expect(await repo.idempotencyKeyTaken(r.key)).toBe(true);
      expect((await repo.intake([r], TOPIC)).size).toBe(0);

      const stored = await ds.query(`SELECT * FROM public_rating WHERE source_id = $1`, [t.id]);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        kind: 'IKM',
        u1: 4,
        u2: 3,
        u9: 4,
        score: null,
        comment: 'Cepat',
        respondent: { sex: 'F' },
        employee_id: officer.id,
      });
      const [outbox] = await ds.query(`SELECT topic, payload FROM outbox WHERE dedupe_key = $1`, [`rating:${stored[0].id}`]);
      expect(outbox.topic).toBe(TOPIC);
      expect(outbox.payload).toMatchObject({ ratingId: stored[0].id, servicePointId: sp, employeeId: officer.id });
    });

    it('holds a link rating that does not get the client allowance, outside public_rating', async () => {
      const link = await repo.insertRatingLink({
        agencyId: a.agencyId,
        servicePointId: sp,
        employeeId: null,
        expiresAt: null,
        createdBy: admin.id,
      });
      const at = new Date();
      const allowance = { key: `link:${link.id}:client-x`, at, gapSeconds: 6 * 3600, slide: false, reason: 'CLIENT_REPEAT' as const };
      const first = rating({ channel: 'LINK', sourceId: link.id, allowance, clientTag: 'client-x' });
      const second = rating({
        channel: 'LINK',
        sourceId: link.id,
        allowance: { ...allowance, at: new Date(at.getTime() + 60_000) },
        clientTag: 'client-x',
      });
      expect((await repo.intake([first], TOPIC)).has(first.key)).toBe(true);
      expect((await repo.intake([second], TOPIC)).has(second.key)).toBe(true);

      const [{ counted }] = await ds.query(`SELECT count(*)::int AS counted FROM public_rating WHERE source_id = $1`, [link.id]);
      expect(counted).toBe(1);
      const held = (await repo.undecidedHeldRatings(a.agencyId, sp)).filter((h) => h.sourceId === link.id);
      expect(held).toHaveLength(1);
      expect(held[0]).toMatchObject({ channel: 'LINK', kind: 'QUICK', score: 4, reason: 'CLIENT_REPEAT', clientTag: 'client-x' });
      const [allow] = await ds.query(`SELECT last_at FROM rating_allowance WHERE key = $1`, [allowance.key]);
      expect(allow.last_at.getTime()).toBe(at.getTime());
    });

    it('lets a kiosk repeat slide its window, so the next tap beyond the gap of the last one is held too', async () => {
      const k = await repo.insertKiosk({ agencyId: a.agencyId, servicePointId: sp, name: 'Kios Ketuk', createdBy: admin.id });
      const t0 = Date.now() - 60_000;
      const tap = (ms: number) =>
        rating({
          channel: 'KIOSK',
          sourceId: k.id,
          submittedAt: new Date(t0 + ms),
          allowance: { key: `kiosk:${k.id}::QUICK:4`, at: new Date(t0 + ms), gapSeconds: 5, slide: true, reason: 'KIOSK_REPEAT' },
        });
      // 0 s counts; 3 s and 6 s are repeats (each moves the window on); 12 s counts again.
      for (const ms of [0, 3_000, 6_000, 12_000]) await repo.intake([tap(ms)], TOPIC);
      const [{ counted }] = await ds.query(`SELECT count(*)::int AS counted FROM public_rating WHERE source_id = $1`, [k.id]);
      const [{ held }] = await ds.query(
        `SELECT count(*)::int AS held FROM public_rating_held WHERE source_id = $1 AND reason = 'KIOSK_REPEAT'`,
        [k.id],
      );
      expect({ counted, held }).toEqual({ counted: 2, held: 2 });
    });

    it('stores a batch of ratings in one call', async () => {
      const link = await repo.insertRatingLink({
        agencyId: a.agencyId,
        servicePointId: sp,
        employeeId: null,
        expiresAt: null,
        createdBy: admin.id,
      });
      const rows = [1, 2, 3].map((score) => rating({ channel: 'LINK', sourceId: link.id, score }));
      const claimed = await repo.intake(rows, TOPIC);
      expect([...claimed].sort()).toEqual(rows.map((r) => r.key).sort());
      const scores = await ds.query(`SELECT score FROM public_rating WHERE source_id = $1 ORDER BY score`, [link.id]);
      expect(scores.map((s: { score: number }) => s.score)).toEqual([1, 2, 3]);
    });
  });

  describe('held ratings', () => {
    async function holdOne(): Promise<string> {
      const link = await repo.insertRatingLink({
        agencyId: a.agencyId,
        servicePointId: sp,
        employeeId: null,
        expiresAt: null,
        createdBy: admin.id,
      });
      const allowance = { key: `link:${link.id}:c`, at: new Date(), gapSeconds: 3600, slide: false, reason: 'CLIENT_REPEAT' as const };
      await repo.intake([rating({ channel: 'LINK', sourceId: link.id, allowance })], TOPIC);
      const held = rating({ channel: 'LINK', sourceId: link.id, allowance, score: 2 });
      await repo.intake([held], TOPIC);
      const [{ rating_id }] = await ds.query(`SELECT rating_id FROM rating_idempotency WHERE key = $1`, [held.key]);
      return rating_id;
    }

    it('releases a held rating into public_rating with its outbox row, once, and only for its agency', async () => {
      const id = await holdOne();
      expect(await repo.releaseHeldRatings([id], other.agencyId, admin.id, TOPIC)).toEqual([]);
      expect(await repo.releaseHeldRatings([id], a.agencyId, admin.id, TOPIC)).toEqual([{ id, servicePointId: sp }]);
      expect(await repo.releaseHeldRatings([id], a.agencyId, admin.id, TOPIC)).toEqual([]);
      const [row] = await ds.query(`SELECT score FROM public_rating WHERE id = $1`, [id]);
      expect(row.score).toBe(2);
      const [outbox] = await ds.query(`SELECT topic FROM outbox WHERE dedupe_key = $1`, [`rating:${id}`]);
      expect(outbox.topic).toBe(TOPIC);
      const [held] = await ds.query(`SELECT decision, decided_by FROM public_rating_held WHERE id = $1`, [id]);
      expect(held).toEqual({ decision: 'RELEASED', decided_by: admin.id });
      expect((await repo.undecidedHeldRatings(a.agencyId, null)).map((h) => h.id)).not.toContain(id);
    });

    it('rejects a held rating once and never counts it', async () => {
      const id = await holdOne();
      expect(await repo.rejectHeldRatings([id], a.agencyId, admin.id)).toEqual([{ id, servicePointId: sp }]);
      expect(await repo.rejectHeldRatings([id], a.agencyId, admin.id)).toEqual([]);
      expect(await repo.releaseHeldRatings([id], a.agencyId, admin.id, TOPIC)).toEqual([]);
      expect(await ds.query(`SELECT 1 FROM public_rating WHERE id = $1`, [id])).toEqual([]);
    });
  });

  describe('imports', () => {
    it('writes imported ratings with their outbox rows and counts them per source', async () => {
      const other2 = await insertAgency(ds);
      const sp2 = await insertServicePoint(ds, other2);
      const { id: importer, nip } = await insertEmployee(ds, other2, 'Admin Impor');
      const live = await repo.insertKiosk({ agencyId: other2.agencyId, servicePointId: sp2, name: 'Kios 1', createdBy: importer });
      const gone = await repo.insertKiosk({ agencyId: other2.agencyId, servicePointId: sp2, name: 'Kios 2', createdBy: importer });
      await repo.revokeKiosk(gone.id, other2.agencyId);
      expect(await repo.liveKiosksOfAgencyOf(nip)).toEqual([{ id: live.id, agencyId: other2.agencyId, servicePointId: sp2 }]);

      expect(await repo.countRatingsFrom([live.id])).toBe(0);
      const at = new Date(Date.now() - 40 * 86_400_000);
      const id = await repo.importRating(
        {
          agencyId: other2.agencyId,
          servicePointId: sp2,
          employeeId: null,
          channel: 'KIOSK',
          sourceId: live.id,
          kind: 'IKM',
          answers: [4, 4, 3, 4, 3, 4, 4, 3, 4],
          score: null,
          comment: 'Ramah',
          submittedAt: at,
        },
        TOPIC,
      );
      expect(await repo.countRatingsFrom([live.id])).toBe(1);
      const [row] = await ds.query(`SELECT submitted_at, u3, comment FROM public_rating WHERE id = $1`, [id]);
      expect(row).toEqual({ submitted_at: at, u3: 3, comment: 'Ramah' });
      const [outbox] = await ds.query(`SELECT payload FROM outbox WHERE dedupe_key = $1`, [`rating:${id}`]);
      expect(outbox.payload).toMatchObject({ ratingId: id, servicePointId: sp2 });
    });
  });

  describe('upkeep', () => {
    it('creates the coming months’ partitions', async () => {
      await repo.ensurePartitions(3);
      const [{ name }] = await ds.query(
        `SELECT to_regclass('public_rating_' || to_char(date_trunc('month', now()) + interval '3 months', 'YYYY_MM'))::text AS name`,
      );
      expect(name).toMatch(/^public_rating_\d{4}_\d{2}$/);
    });

    it('retention: detaches the partitions past it (rows kept in the detached table, recorded once), none within it', async () => {
      const monthAgo = (n: number) => `(date_trunc('month', now()) - interval '${n} months')::date`;
      const name = async (n: number) =>
        (await ds.query(`SELECT 'public_rating_' || to_char(${monthAgo(n)}, 'YYYY_MM') AS name`))[0].name as string;
      const [old41, old40, kept35] = [await name(41), await name(40), await name(35)];
      await ds.query(`SELECT ensure_public_rating_partition(${monthAgo(41)}), ensure_public_rating_partition(${monthAgo(40)}),
                             ensure_public_rating_partition(${monthAgo(35)})`);
      await ds.query(
        `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, score, submitted_at)
         VALUES ($1, $2, 'LINK', gen_random_uuid(), 'QUICK', 3, ${monthAgo(40)} + interval '3 days'),
                ($1, $2, 'LINK', gen_random_uuid(), 'QUICK', 4, ${monthAgo(40)} + interval '4 days')`,
        [a.agencyId, sp],
      );
      const attached = async () =>
        (
          await ds.query(
            `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'public_rating'::regclass`,
          )
        ).map((r: { relname: string }) => r.relname as string);
      try {
        expect(await attached()).toEqual(expect.arrayContaining([old41, old40, kept35]));
        expect(await repo.detachPartitionsOlderThan(36)).toEqual([old41, old40]);
        const now = await attached();
        expect(now).not.toContain(old41);
        expect(now).not.toContain(old40);
        expect(now).toContain(kept35);
        // The rows left the parent table with their partition and stay in the detached table.
        expect((await ds.query(`SELECT count(*)::int AS n FROM public_rating WHERE submitted_at < ${monthAgo(39)}`))[0].n).toBe(0);
        expect((await ds.query(`SELECT count(*)::int AS n FROM "${old40}"`))[0].n).toBe(2);
        expect(await ds.query(`SELECT table_name, row_count::int AS rows FROM rating_partition_archive ORDER BY month`)).toEqual([
          { table_name: old41, rows: 0 },
          { table_name: old40, rows: 2 },
        ]);
        // A second run finds nothing more to do.
        expect(await repo.detachPartitionsOlderThan(36)).toEqual([]);
        await expect(repo.detachPartitionsOlderThan(0)).rejects.toThrow(RangeError);
      } finally {
        await ds.query(`DROP TABLE IF EXISTS "${old41}", "${old40}"`);
        await ds.query(`DELETE FROM rating_partition_archive WHERE table_name IN ($1, $2)`, [old41, old40]);
        await ds.query(`DROP TABLE IF EXISTS "${kept35}"`);
      }
    });

    it('drops allowances past their gap plus the late-rating window, and keeps the others', async () => {
      const spent = `repo-test:spent:${randomUUID()}`;
      const edge = `repo-test:edge:${randomUUID()}`;
      const fresh = `repo-test:fresh:${randomUUID()}`;
      await ds.query(
        `INSERT INTO rating_allowance (key, last_at, gap_seconds, slide) VALUES
           ($1, now() - make_interval(days => $4::int + 1) - interval '1 hour', 3600, false),
           ($2, now() - make_interval(days => $4::int - 1) - interval '1 hour', 3600, false),
           ($3, now(), 3600, false)`,
        [spent, edge, fresh, LATE_RATING_WINDOW_DAYS],
      );
      expect(await repo.dropSpentAllowances(LATE_RATING_WINDOW_DAYS)).toBeGreaterThanOrEqual(1);
      const left = await ds.query(`SELECT key FROM rating_allowance WHERE key = ANY($1) ORDER BY key`, [[spent, edge, fresh]]);
      expect(left.map((r: { key: string }) => r.key).sort()).toEqual([edge, fresh].sort());
    });
  });
});
