import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { computeIkm, IKM_ELEMENT_CODES } from '../../../libs/scoring/src/ikm';
import { QueueBackend, startStack, Stack } from '../../support/stack';
import { insertRatings, until, WORKED_EXAMPLE } from '../../support/scoring-fixtures';
import { createPeriod, ok, smallOrganisation } from '../../support/org-fixtures';

/**
 * ADMIN `recomputeSatisfaction`: one aggregation job for the whole agency and period (one GROUP BY,
 * one upsert) whose rows equal values computed here from the same facts; and the queue dashboard
 * (Bull Board) at /admin/queues, for ADMIN only and read-only. On both queue backends.
 */
describe.each<QueueBackend>(['redis', 'postgres'])('full-period recompute and the queue dashboard (%s)', (queue) => {
  let stack: Stack;
  let db: Client;
  beforeAll(async () => {
    stack = await startStack({ queue, ownDatabase: true });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  const RECOMPUTE = `mutation($p: ID!) { recomputeSatisfaction(periodId: $p) }`;

  /** Facts straight into the table (no outbox rows, so only the recompute aggregates them). */
  const rate = (agencyId: string, servicePointId: string, rows: Array<number[] | number>, submittedAt: string) =>
    insertRatings(db, { agencyId, servicePointId, submittedAt }, rows);

  it('one job aggregates every service point of the agency for the period, rated or not, and nothing of another agency', async () => {
    const org = await smallOrganisation(stack, `Kota Hitung Ulang ${queue}`);
    const other = await smallOrganisation(stack, `Kota Lain ${queue}`);
    const [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM employee WHERE id = $1`, [org.admin.id])).rows;
    await ok(
      stack,
      `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
      { i: { name: 'Loket Pengaduan', unitId: org.units.kelB } },
      org.admin.token,
    );
    const points: Array<{ id: string }> = (await db.query(`SELECT id FROM service_point WHERE agency_id = $1 ORDER BY name`, [agencyId]))
      .rows;
    expect(points.length).toBe(2);
    const periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan III',
      kind: 'QUARTERLY',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
    });
    const worked = WORKED_EXAMPLE;
    await rate(agencyId, points[0].id, [...worked, 2, 4], '2026-08-15T03:00:00Z');
    // The period runs from local midnight to local midnight in WIB (UTC+7), the agency's zone:
    // 1 July 00:00 WIB is 30 June 17:00 UTC (inside); 1 October 00:00 WIB is 30 September 17:00
    // UTC (the exclusive end). One second on either side of each edge.
    await rate(agencyId, points[0].id, [4], '2026-06-30T17:00:00Z');
    await rate(agencyId, points[0].id, [[1, 1, 1, 1, 1, 1, 1, 1, 1]], '2026-06-30T16:59:59Z');
    await rate(agencyId, points[0].id, [[1, 1, 1, 1, 1, 1, 1, 1, 1]], '2026-09-30T17:00:00Z');
    await rate(agencyId, points[0].id, [1], '2026-09-30T16:59:59Z');
    const [{ agency_id: otherAgency }] = (await db.query(`SELECT agency_id FROM employee WHERE id = $1`, [other.admin.id])).rows;
    const [{ id: otherPoint }] = (await db.query(`SELECT id FROM service_point WHERE agency_id = $1 LIMIT 1`, [otherAgency])).rows;
    await rate(otherAgency, otherPoint, [[1, 1, 1, 1, 1, 1, 1, 1, 1]], '2026-08-15T03:00:00Z');

    expect((await stack.gql(RECOMPUTE, { p: periodId }, other.admin.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await stack.gql(RECOMPUTE, { p: periodId }, org.tokens.lurahA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(stack, RECOMPUTE, { p: periodId }, org.admin.token)).recomputeSatisfaction).toBe(2);

    const rows = await until(
      'both aggregates',
      async () => {
        const r = (await db.query(`SELECT * FROM satisfaction_aggregate WHERE period_id = $1 ORDER BY respondents DESC`, [periodId])).rows;
        return r.length === 2 ? r : null;
      },
      20_000,
    );
    const expected = computeIkm({
      respondents: 4,
      elements: Object.fromEntries(IKM_ELEMENT_CODES.map((c, i) => [c, { sum: worked.reduce((t, r) => t + r[i], 0), count: 4 }])),
    });
    const [rated, empty] = rows;
    expect(rated.service_point_id).toBe(points[0].id);
    expect(rated.respondents).toBe(4);
    expect(rated.ikm).toBe(expected.ikm);
    expect(rated.ikm_converted).toBe(expected.converted);
    expect(rated.ikm_converted.toFixed(2)).toBe('86.81');
    expect([rated.mutu, rated.kinerja]).toEqual(['B', 'Baik']);
    expect(rated.elements.map((e: { code: string; sum: number; count: number }) => [e.code, e.sum, e.count])).toEqual(
      expected.elements.map((e) => [e.code, e.sum, e.count]),
    );
    expect([rated.quick_count, Number(rated.quick_sum)]).toEqual([4, 11]);
    expect(new Date(rated.watermark).getTime()).toBeGreaterThan(0);
    expect(empty).toMatchObject({ service_point_id: points[1].id, respondents: 0, ikm: null, mutu: null, quick_count: 0, watermark: null });
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM satisfaction_aggregate WHERE service_point_id = $1`, [otherPoint])).rows[0].n,
    ).toBe(0);

    // The stored watermark keeps microseconds (a JavaScript Date would drop them), so the reconcile
    // sweep does not see the point as stale forever.
    const [{ fresh }] = (
      await db.query(
        `SELECT a.watermark = (SELECT max(received_at) FROM public_rating r WHERE r.service_point_id = a.service_point_id
                                  AND r.submitted_at >= '2026-06-30T17:00:00Z' AND r.submitted_at < '2026-09-30T17:00:00Z') AS fresh
           FROM satisfaction_aggregate a WHERE a.service_point_id = $1 AND a.period_id = $2`,
        [points[0].id, periodId],
      )
    ).rows;
    expect(fresh).toBe(true);

    // Recomputing the same facts gives the same numbers (a new updated_at only).
    const before = rated.updated_at as Date;
    await ok(stack, RECOMPUTE, { p: periodId }, org.admin.token);
    const again = await until(
      'the second recompute',
      async () => {
        const [r] = (
          await db.query(`SELECT * FROM satisfaction_aggregate WHERE period_id = $1 AND service_point_id = $2`, [periodId, points[0].id])
        ).rows;
        return r.updated_at > before ? r : null;
      },
      20_000,
    );
    expect({ ...again, updated_at: null }).toEqual({ ...rated, updated_at: null });
  });

  it('a QUICK rating with IKM answers is refused by the table itself', async () => {
    const [{ agency_id, id }] = (await db.query(`SELECT agency_id, id FROM service_point LIMIT 1`)).rows;
    await expect(
      db.query(
        `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, u2, score, submitted_at)
         VALUES ($1, $2, 'LINK', gen_random_uuid(), 'QUICK', 3, 4, now())`,
        [agency_id, id],
      ),
    ).rejects.toThrow(/public_rating_quick_no_answers/);
  });

  it('the queue dashboard shows every agency’s jobs, so with several agencies and no QUEUE_DASHBOARD_AGENCY_ID no ADMIN opens it', async () => {
    const org = await smallOrganisation(stack, `Kota Banyak ${queue}`);
    expect((await db.query(`SELECT count(*)::int AS n FROM agency`)).rows[0].n).toBeGreaterThan(1);
    const res = await fetch(`${stack.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${org.admin.token}` } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toContain('QUEUE_DASHBOARD_AGENCY_ID');
    const session = await fetch(`${stack.url}/admin/queues/session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${org.admin.token}` },
    });
    expect(session.status).toBe(403);
    expect(session.headers.get('set-cookie')).toBeNull();
  });

  it('QUEUE_DASHBOARD_AGENCY_ID names the one agency whose ADMINs may open it', async () => {
    const own = await startStack({ queue, ownDatabase: true, worker: false, env: { QUEUE_DASHBOARD_AGENCY_ID: randomUUID() } });
    try {
      const org = await smallOrganisation(own, `Kota Bukan Pengelola ${queue}`);
      const res = await fetch(`${own.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${org.admin.token}` } });
      expect(res.status).toBe(403);
    } finally {
      await own.close();
    }
  });

  it('the queue dashboard at /admin/queues (a single-agency deployment): ADMIN only (bearer or its own cookie), read-only, ends with the session', async () => {
    const single = await startStack({ queue, ownDatabase: true, worker: false });
    try {
      await dashboardFlow(single);
    } finally {
      await single.close();
    }
  });

  async function dashboardFlow(stack: Stack) {
    const org = await smallOrganisation(stack, `Kota Dasbor ${queue}`);
    const page = (init?: RequestInit, path = '/admin/queues') => fetch(`${stack.url}${path}`, { redirect: 'manual', ...init });

    const anonymous = await page({ headers: { accept: 'text/html' } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('Dasbor antrean hanya untuk ADMIN');
    expect(((await (await page({}, '/admin/queues/api/queues')).json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    expect((await page({ headers: { cookie: 'k360_queues=forged.token.value' } }, '/admin/queues/api/queues')).status).toBe(401);
    const staff = await page({ headers: { authorization: `Bearer ${org.tokens.staffA}` } }, '/admin/queues/api/queues');
    expect(staff.status).toBe(403);
    expect(
      (await page({ method: 'POST', headers: { authorization: `Bearer ${org.tokens.lurahA}` } }, '/admin/queues/session')).status,
    ).toBe(403);

    const session = await page({ method: 'POST', headers: { authorization: `Bearer ${org.admin.token}` } }, '/admin/queues/session');
    expect(session.status).toBe(204);
    const setCookie = session.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^k360_queues=[^;]+;/);
    expect(setCookie).toMatch(/Path=\/admin\/queues/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0];

    const html = await page({ headers: { cookie, accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toContain('Kinerja360 · Antrean');

    const api = await page({ headers: { cookie } }, '/admin/queues/api/queues');
    expect(api.status).toBe(200);
    const body = (await api.json()) as {
      queues: Array<{ name: string; readOnlyMode: boolean; isPaused: boolean; counts: Record<string, number> }>;
    };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['aggregation', 'reports', 'scoring', 'system']);
    expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);

    // Read-only: no action changes a queue, even for an ADMIN.
    const pause = await page({ method: 'PUT', headers: { cookie } }, '/admin/queues/api/queues/aggregation/pause');
    expect(pause.status).toBe(405);
    const add = await page(
      { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ping', data: {} }) },
      '/admin/queues/api/queues/system/add',
    );
    expect(add.status).toBe(405);
    const after = (await (await page({ headers: { cookie } }, '/admin/queues/api/queues')).json()) as typeof body;
    expect(after.queues.find((q) => q.name === 'aggregation')!.isPaused).toBe(false);

    // Logging out ends the session the cookie carries.
    await ok(stack, `mutation { logout }`, {}, org.admin.token);
    expect((await page({ headers: { cookie } }, '/admin/queues/api/queues')).status).toBe(401);
    const cleared = await page({ method: 'DELETE' }, '/admin/queues/session');
    expect(cleared.status).toBe(204);
    expect(cleared.headers.get('set-cookie')).toMatch(/k360_queues=;/);
  }
});
