import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { assignStaff, createRatingLink, ok, smallOrganisation } from '../../support/org-fixtures';

/**
 * Acceptance 3 of issue 13, through the real stack (gateway + worker + PostgreSQL + Redis): tickets
 * with known issue and completion times and ratings attributed to an officer become the month's two
 * automatic indicators, read back on the work plan, equal to a median and an IKM computed here from
 * the same facts; a late ticket completed through completeServiceTicket changes the month's value
 * (outbox row → relay → compute-automatic-indicators), polled with a deadline.
 *
 * The month is the current one in the agency's time zone (Asia/Jakarta, the default): the facts are
 * dated inside it, and the tickets completed through the API are completed now.
 */

const TZ = 'Asia/Jakarta';
const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
const ISSUE = `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id } }`;
const COMPLETE = `mutation($id: ID!) { completeServiceTicket(ticketId: $id) { id issuedAt completedAt } }`;
const PLAN = `query($id: ID!) { workPlan(id: $id) { indicators { id source automaticMonths { month value sampleSize computedAt } } } }`;
const MONITORING = `query($y: Int!, $m: Int!, $u: ID) { workPlanMonitoring(year: $y, month: $m, unitId: $u) {
  employee { id name } workPlanId workPlanStatus reported notReported returned behindTarget
  indicators { indicator { id source } status late value sampleSize monthlyTarget behindTarget trend { month status value sampleSize } } } }`;

const local = (at: Date) => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { year: get('year'), month: get('month') };
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** The converted IKM (25–100): the mean of each element's answers, averaged over the nine elements, times 25. */
const ikmConverted = (answers: number[][]) => {
  const nrr = Array.from({ length: 9 }, (_, i) => answers.reduce((s, a) => s + a[i], 0) / answers.length);
  return (nrr.reduce((s, x) => s + x, 0) / 9) * 25;
};

/** Polls `read` until `done` holds or the deadline passes; answers the last value read. */
async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let v = await read();
  while (!done(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    v = await read();
  }
  return v;
}

interface MonthValue {
  month: string;
  value: number | null;
  sampleSize: number;
  computedAt: string;
}

describe('automatic indicators through the real stack (issue 13, acceptance 3)', () => {
  let stack: Stack;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let planId: string;
  let agencyId: string;
  let lastTicket: string;
  const { year, month } = local(new Date());
  const MONTH = `${year}-${String(month).padStart(2, '0')}`;
  const durations: number[] = [];
  const answers = [
    [4, 4, 3, 4, 3, 4, 4, 3, 4],
    [3, 3, 3, 4, 3, 3, 4, 2, 3],
    [4, 3, 4, 4, 4, 4, 4, 3, 4],
    [3, 4, 3, 4, 3, 3, 4, 3, 3],
    [2, 3, 3, 3, 2, 3, 3, 2, 3],
    [4, 4, 4, 4, 4, 4, 4, 4, 4],
  ];

  const months = async (source: string): Promise<MonthValue | undefined> => {
    const plan = (await ok(stack, PLAN, { id: planId }, org.tokens.staffA)).workPlan;
    const indicator = plan.indicators.find((i: { source: string }) => i.source === source);
    return (indicator.automaticMonths as MonthValue[]).find((m) => m.month === MONTH);
  };

  /** Issues a ticket for staffA through the API, backdates its issue by `minutes` (SQL: the API cannot), completes it through the API. */
  const serveThroughApi = async (minutes: number) => {
    const id = (await ok(stack, ISSUE, { i: { servicePointId: org.servicePointA, employeeId: org.people.staffA.id } }, org.tokens.staffA))
      .issueServiceTicket.id;
    await db.query(`UPDATE service_ticket SET issued_at = now() - make_interval(mins => $2) WHERE id = $1`, [id, minutes]);
    const done = (await ok(stack, COMPLETE, { id }, org.tokens.staffA)).completeServiceTicket;
    lastTicket = id;
    return (new Date(done.completedAt).getTime() - new Date(done.issuedAt).getTime()) / 60_000;
  };

  beforeAll(async () => {
    // A database of its own: its worker alone relays the outbox rows written here. The reconcile
    // sweep runs once at start and then not for an hour: what recomputes the months below is the
    // outbox path (ratings and completed tickets), not the sweep (tested on its own below).
    stack = await startStack({ queue: 'redis', ownDatabase: true, env: { PUBLIC_RATE_LIMIT: '0', RECONCILE_SWEEP_MS: '3600000' } });
    org = await smallOrganisation(stack, 'Kota Uji Indikator Otomatis');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM employee WHERE id = $1`, [org.people.staffA.id])).rows;

    planId = (
      await ok(
        stack,
        `mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`,
        {
          i: { employeeId: org.people.staffA.id, year },
        },
        org.tokens.staffA,
      )
    ).createWorkPlan.id;
    const add = (i: Record<string, unknown>) =>
      ok(
        stack,
        `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`,
        { i: { workPlanId: planId, ...i } },
        org.tokens.staffA,
      );
    await add({
      name: 'Dokumen diterbitkan',
      unit: 'dokumen',
      target: 1200,
      weight: 1,
      direction: 'HIGHER_IS_BETTER',
      aggregation: 'SUM',
      source: 'MANUAL',
      method: 'DATA_ANALYSIS',
    });
    await add({
      name: 'Kepuasan masyarakat',
      unit: 'indeks',
      target: 80,
      weight: 1,
      direction: 'HIGHER_IS_BETTER',
      aggregation: 'AVERAGE',
      source: 'CITIZEN_SATISFACTION',
      method: 'SURVEY',
    });
    await add({
      name: 'Waktu penyelesaian layanan',
      unit: 'menit',
      target: 30,
      weight: 1,
      direction: 'LOWER_IS_BETTER',
      aggregation: 'AVERAGE',
      source: 'SERVICE_COMPLETION_TIME',
      method: 'PLATFORM_DATA',
    });
    await ok(stack, `mutation($id: ID!) { agreeWorkPlan(workPlanId: $id) { id } }`, { id: planId }, org.tokens.lurahA);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('tickets with known times: the completion-time indicator is their median, with the number of tickets', async () => {
    // Known facts, written in SQL (the API sets issue and completion times to now): staffA's
    // tickets inside this month, one not completed, and one of another officer.
    const [{ starts_at: startsAt }] = (
      await db.query(`SELECT date_trunc('month', now() AT TIME ZONE $1) AT TIME ZONE $1 AS starts_at`, [TZ])
    ).rows as Array<{ starts_at: Date }>;
    const base = Math.max(startsAt.getTime() + 60_000, Date.now() - 12 * 3600_000);
    const known = [5, 12, 18, 25, 31, 44, 52, 70];
    for (const [i, minutes] of known.entries()) {
      const issued = new Date(base + i * 60_000);
      await db.query(
        `INSERT INTO service_ticket (agency_id, service_point_id, employee_id, created_by, issued_at, completed_at) VALUES ($1, $2, $3, $3, $4, $5)`,
        [agencyId, org.servicePointA, org.people.staffA.id, issued, new Date(issued.getTime() + minutes * 60_000)],
      );
      durations.push(minutes);
    }
    await db.query(
      `INSERT INTO service_ticket (agency_id, service_point_id, employee_id, created_by, issued_at) VALUES ($1, $2, $3, $3, $4)`,
      [agencyId, org.servicePointA, org.people.staffA.id, new Date(base)],
    );
    await db.query(
      `INSERT INTO service_ticket (agency_id, service_point_id, employee_id, created_by, issued_at, completed_at) VALUES ($1, $2, $3, $3, $4, $5)`,
      [agencyId, org.servicePointA, org.people.staffB.id, new Date(base), new Date(base + 1000 * 60_000)],
    );
    // The month is computed when a ticket is completed through the API (its outbox row, relayed).
    durations.push(await serveThroughApi(17));
    const expected = median(durations);

    const got = await poll(
      () => months('SERVICE_COMPLETION_TIME'),
      (m) => m?.sampleSize === durations.length,
    );
    expect(got?.sampleSize).toBe(9);
    expect(got?.value).toBeCloseTo(expected, 3);
  });

  it('ratings attributed to the officer: the citizen-satisfaction indicator is their converted IKM, with the number of ratings', async () => {
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA, employeeId: org.people.staffA.id });
    const unattributed = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA });
    const submit = (token: string, input: Record<string, unknown>) =>
      ok(stack, SUBMIT, { i: { token, idempotencyKey: randomUUID(), ...input } });
    for (const a of answers) expect((await submit(link.token, { kind: 'IKM', answers: a })).submitPublicRating.accepted).toBe(true);
    // Not the officer's IKM: a QUICK tap through their link, an IKM rating nobody is named in.
    await submit(link.token, { kind: 'QUICK', score: 1 });
    await submit(unattributed.token, { kind: 'IKM', answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] });

    const got = await poll(
      () => months('CITIZEN_SATISFACTION'),
      (m) => m?.sampleSize === answers.length,
    );
    expect(got?.sampleSize).toBe(6);
    expect(got?.value).toBeCloseTo(ikmConverted(answers), 10);
  });

  it('a late-arriving ticket completed through completeServiceTicket changes the month’s median within seconds', async () => {
    const before = await months('SERVICE_COMPLETION_TIME');
    durations.push(await serveThroughApi(600));
    const expected = median(durations);
    expect(expected).not.toBeCloseTo(before!.value!, 3);
    const got = await poll(
      () => months('SERVICE_COMPLETION_TIME'),
      (m) => m?.sampleSize === durations.length,
    );
    expect(got?.sampleSize).toBe(10);
    expect(got?.value).toBeCloseTo(expected, 3);
    expect(new Date(got!.computedAt).getTime()).toBeGreaterThan(new Date(before!.computedAt).getTime());
    // Completing the same ticket again keeps its first completion time and adds no second outbox row.
    const again = (await ok(stack, COMPLETE, { id: lastTicket }, org.tokens.staffA)).completeServiceTicket;
    expect(new Date(again.completedAt).getTime() - new Date(again.issuedAt).getTime()).toBeCloseTo(
      durations[durations.length - 1] * 60_000,
      0,
    );
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'service_ticket.completed'`);
    expect(rows[0].n).toBe(2);
  });

  it('the supervisor’s monitoring: report status, realisation against the monthly target, behind-target flags and trend', async () => {
    const manual = (await ok(stack, PLAN, { id: planId }, org.tokens.staffA)).workPlan.indicators.find(
      (i: { source: string }) => i.source === 'MANUAL',
    ).id;
    await ok(
      stack,
      `mutation($i: ReportRealisationInput!) { reportRealisation(input: $i) { id } }`,
      { i: { indicatorId: manual, month: MONTH, value: 90 } },
      org.tokens.staffA,
    );
    const lines = (await ok(stack, MONITORING, { y: year, m: month }, org.tokens.lurahA)).workPlanMonitoring;
    expect(lines.map((l: { employee: { id: string } }) => l.employee.id)).toEqual([org.people.staffA.id]);
    const [line] = lines;
    expect(line).toMatchObject({ workPlanId: planId, workPlanStatus: 'AGREED', reported: 1, notReported: 0, returned: 0 });
    const bySource = Object.fromEntries(line.indicators.map((i: { indicator: { source: string } }) => [i.indicator.source, i]));
    // SUM: 1200 a year is 100 a month; 90 is behind.
    expect(bySource.MANUAL).toMatchObject({ status: 'SUBMITTED', late: false, value: 90, monthlyTarget: 100, behindTarget: true });
    const ikm = ikmConverted(answers);
    expect(bySource.CITIZEN_SATISFACTION).toMatchObject({ status: 'AUTOMATIC', sampleSize: 6, monthlyTarget: 80, behindTarget: ikm < 80 });
    expect(bySource.CITIZEN_SATISFACTION.value).toBeCloseTo(ikm, 10);
    const time = median(durations);
    expect(bySource.SERVICE_COMPLETION_TIME).toMatchObject({
      status: 'AUTOMATIC',
      sampleSize: 10,
      monthlyTarget: 30,
      behindTarget: time > 30,
    });
    expect(line.behindTarget).toBe(1 + (ikm < 80 ? 1 : 0) + (time > 30 ? 1 : 0));
    // The trend runs from January to this month; earlier months have no report.
    expect(bySource.MANUAL.trend).toHaveLength(month);
    expect(bySource.MANUAL.trend[month - 1]).toEqual({ month: MONTH, status: 'SUBMITTED', value: 90, sampleSize: null });
    if (month > 1) expect(bySource.MANUAL.trend[0]).toMatchObject({ status: 'NOT_REPORTED', value: null });

    // ADMIN: the members of a unit (the Lurah, who has no plan, and staffA).
    const unit = (await ok(stack, MONITORING, { y: year, m: month, u: org.units.kelA }, org.admin.token)).workPlanMonitoring;
    expect(unit.map((l: { employee: { id: string }; workPlanId: string | null }) => [l.employee.id, l.workPlanId]).sort()).toEqual(
      [
        [org.people.lurahA.id, null],
        [org.people.staffA.id, planId],
      ].sort(),
    );
    // A supervisor monitors their own team only; an employee nobody's.
    expect(errorCode(await stack.gql(MONITORING, { y: year, m: month, u: org.units.kelA }, org.tokens.lurahA))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(MONITORING, { y: year, m: month }, org.tokens.staffA))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(MONITORING, { y: year, m: 13 }, org.tokens.lurahA))).toBe('BAD_USER_INPUT');
    expect((await ok(stack, MONITORING, { y: year, m: month }, org.tokens.lurahB)).workPlanMonitoring).toEqual([
      expect.objectContaining({ workPlanId: null, indicators: [], reported: 0, notReported: 0 }),
    ]);
  });
});

describe('the reconcile sweep heals an employee-month whose job was lost (issue 13)', () => {
  let stack: Stack;
  let db: Client;
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('facts written without an outbox row (a lost job) are computed by the next sweep', async () => {
    stack = await startStack({ queue: 'redis', ownDatabase: true, env: { RECONCILE_SWEEP_MS: '2000' } });
    const org = await smallOrganisation(stack, 'Kota Uji Sapuan');
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    const [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM employee WHERE id = $1`, [org.people.staffA.id])).rows;
    // A ticket completed 30 seconds ago after 42 minutes, and five ratings received 10 seconds
    // ago, all staffA's, with no outbox row: only the sweep can find them.
    await db.query(
      `INSERT INTO service_ticket (agency_id, service_point_id, employee_id, issued_at, completed_at)
       VALUES ($1, $2, $3, now() - interval '42 minutes 30 seconds', now() - interval '30 seconds')`,
      [agencyId, org.servicePointA, org.people.staffA.id],
    );
    for (let i = 0; i < 5; i++)
      await db.query(
        `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, employee_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, submitted_at, received_at)
         VALUES ($1, $2, 'LINK', gen_random_uuid(), 'IKM', $3, 4, 4, 4, 4, 3, 3, 3, 3, 3, now() - interval '10 seconds', now() - interval '10 seconds')`,
        [agencyId, org.servicePointA, org.people.staffA.id],
      );
    const { year, month } = local(new Date());
    const monthStart = `${year}-${String(month).padStart(2, '0')}-01`;
    const rows = await poll(
      async () =>
        (
          await db.query(
            `SELECT source, value, sample_size FROM automatic_indicator_month WHERE employee_id = $1 AND month = $2 ORDER BY source`,
            [org.people.staffA.id, monthStart],
          )
        ).rows as Array<{ source: string; value: number | null; sample_size: number }>,
      (r) => r.length === 2,
    );
    expect(rows.map((r) => [r.source, r.sample_size])).toEqual([
      ['CITIZEN_SATISFACTION', 5],
      ['SERVICE_COMPLETION_TIME', 1],
    ]);
    expect(rows[0].value).toBeCloseTo(((4 * 4 + 3 * 5) / 9) * 25, 10);
    expect(rows[1].value).toBeCloseTo(42, 10);
  });
});
