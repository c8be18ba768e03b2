import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { OutboxRepository } from '@k360/database';
import { LATE_RATING_SUBMITTED_WINDOW_DAYS, LATE_RATING_WINDOW_DAYS } from '@k360/scoring';
import { ownMigratedDatabase, OwnDatabase } from '../support/own-database';
import { uniqueNip } from '../support/org-fixtures';
import { randomId } from '../support/test-env';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

/**
 * OutboxRepository against the real PostgreSQL. The relay's claims and the reconcile sweep read
 * across every agency, so this file runs on a database of its own: in the run's shared one, other
 * files' workers would publish (and their rounds and ratings would show up in) what is tested here.
 */
describe('OutboxRepository', () => {
  let db: OwnDatabase;
  let ds: DataSource;
  let repo: OutboxRepository;

  beforeAll(async () => {
    db = await ownMigratedDatabase();
    ds = db.ds;
    repo = new OutboxRepository(ds);
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** A transaction on a connection of its own, open until endTransaction (rolled back unless `commit`). */
  const openTransaction = async (): Promise<QueryRunner> => {
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    return qr;
  };
  const endTransaction = async (qr: QueryRunner, commit = false) => {
    if (commit) await qr.commitTransaction();
    else await qr.rollbackTransaction();
    await qr.release();
  };

  describe('messages', () => {
    afterEach(async () => {
      // Each test starts with no unpublished rows.
      await ds.query(`UPDATE outbox SET published_at = now() WHERE published_at IS NULL`);
    });

    it('add stores one row per dedupe key; claimUnpublished returns it camelCase with its payload', async () => {
      const key = `test:${randomId()}`;
      await repo.add('service-point.rated', key, { servicePointId: 'sp-1', n: 1 });
      await repo.add('service-point.rated', key, { servicePointId: 'sp-2', n: 2 });
      const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM outbox WHERE dedupe_key = $1`, [key]);
      expect(count).toBe(1);
      const claimed = await ds.transaction((m) => repo.claimUnpublished(10, m));
      expect(claimed).toEqual([
        { id: expect.stringMatching(/^\d+$/), topic: 'service-point.rated', dedupeKey: key, payload: { servicePointId: 'sp-1', n: 1 } },
      ]);
    });

    it('claims oldest first, at most limit rows, and markPublished takes rows out of later claims', async () => {
      const keys = [1, 2, 3].map((i) => `order:${i}:${randomId()}`);
      for (const k of keys) await repo.add('t', k, {});
      const first = await ds.transaction((m) => repo.claimUnpublished(2, m));
      expect(first.map((r) => r.dedupeKey)).toEqual(keys.slice(0, 2));
      await ds.transaction((m) => repo.markPublished([first[0].id], m));
      const second = await ds.transaction((m) => repo.claimUnpublished(10, m));
      expect(second.map((r) => r.dedupeKey)).toEqual(keys.slice(1));
      const [row] = await ds.query(`SELECT published_at FROM outbox WHERE id = $1`, [first[0].id]);
      expect(row.published_at).toBeInstanceOf(Date);
    });

    it('two connections claiming at once never get the same row (FOR UPDATE SKIP LOCKED)', async () => {
      const keys = Array.from({ length: 6 }, (_, i) => `skip:${i}:${randomId()}`);
      for (const k of keys) await repo.add('t', k, {});
      const a = await openTransaction();
      const b = await openTransaction();
      try {
        const claimedByA = await repo.claimUnpublished(4, a.manager);
        // B does not wait for A's locks: it skips them and takes the rest.
        const claimedByB = await repo.claimUnpublished(10, b.manager);
        expect(claimedByA.map((r) => r.dedupeKey)).toEqual(keys.slice(0, 4));
        expect(claimedByB.map((r) => r.dedupeKey)).toEqual(keys.slice(4));
        await repo.markPublished(
          claimedByB.map((r) => r.id),
          b.manager,
        );
        await endTransaction(b, true);
        // A rolls back (a relay crashing before it marked): its rows are claimable again, B's are published.
        await endTransaction(a);
        const again = await ds.transaction((m) => repo.claimUnpublished(10, m));
        expect(again.map((r) => r.dedupeKey)).toEqual(keys.slice(0, 4));
      } finally {
        if (!a.isReleased) await endTransaction(a);
        if (!b.isReleased) await endTransaction(b);
      }
    });

    it('listen is told of each round close added to the outbox', async () => {
      let notified!: () => void;
      const heard = new Promise<void>((resolve) => (notified = resolve));
      const errors: Error[] = [];
      const listener = await repo.listen(
        () => notified(),
        (err) => errors.push(err),
      );
      try {
        await repo.add('round.closed', `round:${randomUUID()}:1`, { roundId: randomUUID(), closeCount: 1 });
        await heard;
        expect(errors).toEqual([]);
      } finally {
        await listener.close();
      }
    });
  });

  it('databaseTime is the database clock (the transaction start inside a transaction)', async () => {
    await ds.transaction(async (m) => {
      const [{ now }] = await m.query(`SELECT now() AS now`);
      expect(await repo.databaseTime(m)).toEqual(now);
    });
  });

  describe('reconcile reads', () => {
    let agencyId: string;
    let unitId: string;
    let periodId: string;
    let instrumentId: string;

    beforeAll(async () => {
      [{ id: agencyId }] = await ds.query(`INSERT INTO agency (name) VALUES ($1) RETURNING id`, [`Instansi Outbox ${randomId(4)}`]);
      [{ id: unitId }] = await ds.query(`INSERT INTO unit (agency_id, name, kind) VALUES ($1, 'Instansi', 'AGENCY') RETURNING id`, [
        agencyId,
      ]);
      // A period around today (a month back, a day ahead): every rating of the tests falls in it.
      [{ id: periodId }] = await ds.query(
        `INSERT INTO period (agency_id, name, kind, starts_on, ends_on)
         VALUES ($1, 'Periode Uji', 'MONTHLY', current_date - 30, current_date + 1) RETURNING id`,
        [agencyId],
      );
      [{ id: instrumentId }] = await ds.query(`SELECT id FROM instrument_version WHERE agency_id IS NULL ORDER BY version LIMIT 1`);
    });

    describe('unscoredCloses', () => {
      /** A round of a new employee (one round per employee and period). */
      const round = async (status: 'OPEN' | 'CLOSED', closedAgo: string | null, closeCount: number): Promise<string> => {
        const [{ id: employeeId }] = await ds.query(
          `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles) VALUES ($1, $2, 'Pegawai', 'Analis', $3, '{EMPLOYEE}') RETURNING id`,
          [agencyId, uniqueNip(), unitId],
        );
        return (
          await ds.query(
            `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, policy,
                                           instrument_version_id, hasil_kerja_rating, closed_at, close_count)
             VALUES ($1, $2, $3, $4, 'Analis', $5, '{}', $6, $7, now() - $8::interval, $9) RETURNING id`,
            [
              agencyId,
              employeeId,
              periodId,
              status,
              unitId,
              instrumentId,
              status === 'CLOSED' ? 'SESUAI_EKSPEKTASI' : null,
              closedAgo,
              closeCount,
            ],
          )
        )[0].id;
      };
      const result = (roundId: string, closeCount: number) =>
        ds.query(`INSERT INTO round_result (round_id, policy_code, sources, watermark, close_count) VALUES ($1, 'P', '{}', '{}', $2)`, [
          roundId,
          closeCount,
        ]);

      it('lists closed rounds without a result for their latest close, longest closed first', async () => {
        const older = await round('CLOSED', '2 hours', 1);
        const newer = await round('CLOSED', '1 minute', 1);
        const scored = await round('CLOSED', '1 hour', 1);
        await result(scored, 1);
        const reclosed = await round('CLOSED', '30 minutes', 2);
        await result(reclosed, 1);
        // Closed "now" (stamped a minute ahead, so a slow machine cannot age it past the 3-second margin).
        const justClosed = await round('CLOSED', '-1 minute', 1);
        const open = await round('OPEN', null, 0);

        const found = await repo.unscoredCloses(100);
        const mine = found.filter((r) => [older, newer, scored, reclosed, justClosed, open].includes(r.roundId));
        expect(mine).toEqual([
          { roundId: older, closeCount: 1 },
          { roundId: reclosed, closeCount: 2 },
          { roundId: newer, closeCount: 1 },
        ]);
        expect(await repo.unscoredCloses(1)).toEqual([{ roundId: older, closeCount: 1 }]);
      });
    });

    describe('staleServicePoints', () => {
      const point = async (agency = agencyId, unit = unitId): Promise<string> =>
        (
          await ds.query(`INSERT INTO service_point (agency_id, unit_id, name) VALUES ($1, $2, $3) RETURNING id`, [
            agency,
            unit,
            `Loket ${randomId(3)}`,
          ])
        )[0].id;
      /** A rating of `servicePointId` submitted and received the given intervals ago (negative: ahead). */
      const rating = (servicePointId: string, submittedAgo: string, receivedAgo: string) =>
        ds.query(
          `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, score, submitted_at, received_at)
           VALUES ($1, $2, 'LINK', gen_random_uuid(), 'QUICK', 3, now() - $3::interval, now() - $4::interval)`,
          [agencyId, servicePointId, submittedAgo, receivedAgo],
        );
      const aggregate = (servicePointId: string, watermarkAgo: string) =>
        ds.query(
          `INSERT INTO satisfaction_aggregate (service_point_id, period_id, respondents, elements, quick_count, quick_sum, watermark)
           VALUES ($1, $2, 0, '{}', 0, 0, now() - $3::interval)`,
          [servicePointId, periodId, watermarkAgo],
        );
      const stale = async (since: Date | null = null) => new Set(await repo.staleServicePoints(since, 10_000));
      const days = (n: number, hours = 0) => `${n} days ${hours} hours`;

      it('finds points whose newest rating is newer than their aggregate, within the late-rating windows', async () => {
        const fresh = await point();
        await rating(fresh, '2 minutes', '1 minute');
        const aggregatedAfter = await point();
        await rating(aggregatedAfter, '2 minutes', '1 minute');
        await aggregate(aggregatedAfter, '0 seconds');
        const aggregatedBefore = await point();
        await rating(aggregatedBefore, '2 minutes', '1 minute');
        await aggregate(aggregatedBefore, '5 minutes');
        const late = await point();
        await rating(late, days(LATE_RATING_WINDOW_DAYS - 1, 1), days(LATE_RATING_WINDOW_DAYS - 1));
        // Received just past the received_at window (and submitted within the submitted_at one).
        const tooLongAgo = await point();
        await rating(tooLongAgo, days(LATE_RATING_WINDOW_DAYS, 20), days(LATE_RATING_WINDOW_DAYS, 10));
        // Submitted past the received_at window but within the submitted_at one: still counted.
        const submittedLate = await point();
        await rating(submittedLate, days(LATE_RATING_SUBMITTED_WINDOW_DAYS - 1, 12), '1 minute');
        const submittedTooLongAgo = await point();
        await rating(submittedTooLongAgo, days(LATE_RATING_SUBMITTED_WINDOW_DAYS, 1), '1 minute');
        const unsettled = await point();
        await rating(unsettled, '1 minute', '-1 minute');
        const noRatings = await point();

        const found = await stale();
        const points = {
          fresh,
          aggregatedAfter,
          aggregatedBefore,
          late,
          tooLongAgo,
          submittedLate,
          submittedTooLongAgo,
          unsettled,
          noRatings,
        };
        expect(Object.fromEntries(Object.entries(points).map(([name, id]) => [name, found.has(id)]))).toEqual({
          fresh: true,
          aggregatedAfter: false,
          aggregatedBefore: true,
          late: true,
          tooLongAgo: false,
          submittedLate: true,
          submittedTooLongAgo: false,
          unsettled: false,
          noRatings: false,
        });
      });

      it('leaves out points whose newest rating falls in no period of their agency', async () => {
        const [{ id: otherAgency }] = await ds.query(`INSERT INTO agency (name) VALUES ($1) RETURNING id`, [
          `Instansi Tanpa Periode ${randomId(4)}`,
        ]);
        const [{ id: otherUnit }] = await ds.query(
          `INSERT INTO unit (agency_id, name, kind) VALUES ($1, 'Instansi', 'AGENCY') RETURNING id`,
          [otherAgency],
        );
        const withoutPeriod = await point(otherAgency, otherUnit);
        await rating(withoutPeriod, '2 minutes', '1 minute');
        const withPeriod = await point();
        await rating(withPeriod, '2 minutes', '1 minute');
        const found = await stale();
        expect([found.has(withoutPeriod), found.has(withPeriod)]).toEqual([false, true]);
      });

      it('with receivedSince, looks only at ratings received since then less a minute', async () => {
        const [{ at }] = await ds.query(`SELECT now() - interval '10 minutes' AS at`);
        const before = await point();
        await rating(before, '20 minutes', '15 minutes');
        const withinMargin = await point();
        await rating(withinMargin, '20 minutes', '10 minutes 30 seconds');
        const after = await point();
        await rating(after, '6 minutes', '5 minutes');
        const found = await stale(at);
        expect([found.has(before), found.has(withinMargin), found.has(after)]).toEqual([false, true, true]);
        expect((await stale(null)).has(before)).toBe(true);
      });

      it('returns at most limit points', async () => {
        for (let i = 0; i < 3; i++) await rating(await point(), '2 minutes', '1 minute');
        expect(await repo.staleServicePoints(null, 2)).toHaveLength(2);
      });
    });
  });
});
