import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { createAgency, createEmployee, createPeriod, ok } from '../../support/org-fixtures';
import { insertRatings, quarter, recomputeAndWait } from '../../support/scoring-fixtures';
import { FOLLOW_UP, satisfactionScenario } from '../../support/satisfaction-fixtures';

/**
 * Issue 15: the follow-up plan (rencana tindak lanjut) of a service point and period for unit heads
 * (headedUnitTree) and ADMIN: CRUD with audit, the rules (element U1..U9, due date within a year
 * after the period, owner an active employee of the agency) with stable codes, the weakest elements
 * suggested, and "what changed": the element's NRR in the period and in the next one of its kind.
 */
const PLAN = `query($s: ID!, $p: ID!) { followUpPlan(servicePointId: $s, periodId: $p) {
  servicePointId servicePointName period { id name kind } nextPeriod { id name }
  elements { code name nrr } suggested { code nrr }
  actions { id elementCode elementName action owner { id name } dueOn status published change { nrrThisPeriod nrrNextPeriod delta } }
} }`;
const UPDATE = `mutation($i: UpdateFollowUpActionInput!) { updateFollowUpAction(input: $i) { id action status published dueOn } }`;
const STATUS = `mutation($i: SetFollowUpStatusInput!) { setFollowUpActionStatus(input: $i) { id status } }`;
const DELETE = `mutation($id: ID!) { deleteFollowUpAction(id: $id) }`;

describe('the follow-up plan (issue 15)', () => {
  let stack: Stack;
  let db: Client;
  let s: Awaited<ReturnType<typeof satisfactionScenario>>;

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    s = await satisfactionScenario(stack, db, 'Kota Uji Tindak Lanjut');
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('lists the plan with the weakest elements suggested; what changed is null until the next quarter is rated, then the NRR and its difference', async () => {
    const points = async (token: string) => (await ok(stack, `{ managedServicePoints { name unitName } }`, {}, token)).managedServicePoints;
    expect(await points(s.org.tokens.lurahA)).toEqual([{ name: 'Loket Adminduk', unitName: 'Kelurahan Sukamiskin' }]);
    expect((await points(s.org.tokens.camat)).map((p: { name: string }) => p.name)).toEqual(['Loket Perizinan', 'Loket Adminduk']);
    expect(await points(s.org.admin.token)).toHaveLength(2);
    const plan = (await ok(stack, PLAN, { s: s.org.servicePointA, p: s.q3 }, s.org.tokens.lurahA)).followUpPlan;
    expect(plan).toMatchObject({
      servicePointName: 'Loket Adminduk',
      period: { id: s.q3, name: 'Triwulan III 2026', kind: 'QUARTERLY' },
      nextPeriod: null,
    });
    expect(plan.elements.map((e: { nrr: number }) => e.nrr)).toEqual([3.5, 3.5, 3.25, 4, 3.25, 3.5, 4, 2.75, 3.5]);
    expect(plan.suggested).toEqual([
      { code: 'U8', nrr: 2.75 },
      { code: 'U3', nrr: 3.25 },
      { code: 'U5', nrr: 3.25 },
    ]);
    expect(plan.actions.map((a: { elementCode: string }) => a.elementCode)).toEqual(['U8', 'U3']);
    expect(plan.actions[0]).toMatchObject({
      elementName: 'Penanganan pengaduan, saran dan masukan',
      owner: { id: s.org.people.staffA.id, name: 'Staf Sukamiskin' },
      status: 'IN_PROGRESS',
      published: true,
      change: { nrrThisPeriod: 2.75, nrrNextPeriod: null, delta: null },
    });

    // Triwulan IV: U8 rated 3 and 4 → NRR 3.5, up 0.75.
    const q4 = await createPeriod(stack, s.org.admin.token, quarter(2026, 4));
    await insertRatings(db, { agencyId: s.agencyId, servicePointId: s.org.servicePointA, submittedAt: '2026-10-20T03:00:00Z' }, [
      [4, 4, 3, 4, 3, 4, 4, 3, 4],
      [3, 3, 3, 4, 3, 3, 4, 4, 3],
    ]);
    await recomputeAndWait(stack, db, s.org.admin.token, [q4], s.org.servicePointA);
    const after = (await ok(stack, PLAN, { s: s.org.servicePointA, p: s.q3 }, s.org.tokens.camat)).followUpPlan;
    expect(after.nextPeriod).toEqual({ id: q4, name: 'Triwulan IV 2026' });
    expect(after.actions[0].change).toEqual({ nrrThisPeriod: 2.75, nrrNextPeriod: 3.5, delta: 0.75 });
    expect(after.actions[1].change).toEqual({ nrrThisPeriod: 3.25, nrrNextPeriod: 3, delta: -0.25 });
  });

  it('creates, updates, moves and deletes actions, each audited', async () => {
    const created = (
      await ok(
        stack,
        FOLLOW_UP,
        {
          i: {
            servicePointId: s.org.servicePointA,
            periodId: s.q3,
            elementCode: 'U5',
            action: 'Perbarui papan informasi produk layanan',
            ownerId: s.org.people.lurahA.id,
            dueOn: '2026-09-30',
          },
        },
        s.org.admin.token,
      )
    ).createFollowUpAction;
    expect(created).toMatchObject({ elementCode: 'U5', status: 'PLANNED', published: false });
    const updated = (
      await ok(
        stack,
        UPDATE,
        {
          i: {
            id: created.id,
            elementCode: 'U5',
            action: 'Perbarui papan informasi dan brosur',
            ownerId: s.org.people.lurahA.id,
            dueOn: '2026-10-31',
            status: 'IN_PROGRESS',
            published: true,
          },
        },
        s.org.tokens.lurahA,
      )
    ).updateFollowUpAction;
    expect(updated).toMatchObject({
      action: 'Perbarui papan informasi dan brosur',
      status: 'IN_PROGRESS',
      published: true,
      dueOn: '2026-10-31',
    });
    expect((await ok(stack, STATUS, { i: { id: created.id, status: 'DONE' } }, s.org.tokens.camat)).setFollowUpActionStatus.status).toBe(
      'DONE',
    );
    expect((await ok(stack, STATUS, { i: { id: created.id, status: 'DONE' } }, s.org.tokens.camat)).setFollowUpActionStatus.status).toBe(
      'DONE',
    );
    expect((await ok(stack, DELETE, { id: created.id }, s.org.tokens.lurahA)).deleteFollowUpAction).toBe(true);
    expect(errorCode(await stack.gql(DELETE, { id: created.id }, s.org.tokens.lurahA))).toBe('NOT_FOUND');
    const audit = (
      await db.query(`SELECT action FROM audit_log WHERE entity_type = 'follow_up_action' AND entity_id = $1 ORDER BY id`, [created.id])
    ).rows;
    expect(audit.map((r) => r.action)).toEqual(['FOLLOW_UP_CREATED', 'FOLLOW_UP_UPDATED', 'FOLLOW_UP_STATUS_CHANGED', 'FOLLOW_UP_DELETED']);
  });

  it('refuses with stable codes: element, due date, owner, role, scope, another agency', async () => {
    const base = {
      servicePointId: s.org.servicePointA,
      periodId: s.q3,
      elementCode: 'U1',
      action: 'Tindakan yang cukup panjang',
      ownerId: s.org.people.staffA.id,
      dueOn: '2026-10-01',
    };
    const create = (i: Record<string, unknown>, token = s.org.tokens.lurahA) => stack.gql(FOLLOW_UP, { i: { ...base, ...i } }, token);
    expect(errorCode(await create({ elementCode: 'U10' }))).toBe('INVALID_ELEMENT_CODE');
    expect(errorCode(await create({ dueOn: '2026-06-30' }))).toBe('DUE_DATE_BEFORE_PERIOD');
    expect(errorCode(await create({ dueOn: '2027-10-02' }))).toBe('DUE_DATE_TOO_LATE');
    expect(errorCode(await create({ dueOn: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create({ action: 'abc' }))).toBe('BAD_USER_INPUT');
    const other = await createAgency(stack, 'Kota Lain Tindak Lanjut');
    const stranger = await createEmployee(stack, other.token, { name: 'Pegawai Kota Lain', position: 'Staf', unitId: other.rootUnitId });
    expect(errorCode(await create({ ownerId: stranger.id }))).toBe('OWNER_NOT_IN_AGENCY');
    expect(errorCode(await create({ ownerId: randomUUID() }))).toBe('OWNER_NOT_IN_AGENCY');
    // Roles and scope: staff FORBIDDEN (role), lurahB heads the other kelurahan (FORBIDDEN), other agency NOT_FOUND.
    expect(errorCode(await create({}, s.org.tokens.staffA))).toBe('FORBIDDEN');
    expect(errorCode(await create({}, s.org.tokens.lurahB))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(PLAN, { s: s.org.servicePointA, p: s.q3 }, s.org.tokens.lurahB))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(PLAN, { s: s.org.servicePointA, p: s.q3 }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(PLAN, { s: s.org.servicePointA, p: randomUUID() }, s.org.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(STATUS, { i: { id: s.publishedActionId, status: 'DONE' } }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(DELETE, { id: s.publishedActionId }, s.org.tokens.lurahB))).toBe('FORBIDDEN');
    // lurahB may plan for the point of their own kelurahan.
    expect((await create({ servicePointId: s.spB, elementCode: 'U8' }, s.org.tokens.lurahB)).errors).toBeUndefined();
    // Nothing was changed by the refusals.
    const plan = (await ok(stack, PLAN, { s: s.org.servicePointA, p: s.q3 }, s.org.admin.token)).followUpPlan;
    expect(plan.actions.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [s.publishedActionId, 'IN_PROGRESS'],
      [s.unpublishedActionId, 'PLANNED'],
    ]);
  });
});
