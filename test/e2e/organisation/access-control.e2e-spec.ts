import { createHmac, randomUUID } from 'node:crypto';
import { createEmployee, createUnit, login, ok, smallOrganisation, uniqueNip } from '../../support/org-fixtures';
import { errorCode, GqlResponse, startStack, Stack } from '../../support/stack';
import { randomId } from '../../support/test-env';

/**
 * The access-control matrix of the organisation, auth and system features.
 *
 * Each row of TABLE is one protected GraphQL operation; each column is one kind of caller:
 *   ADMIN        ADMIN of agency 1 (the agency every row targets)
 *   CAMAT        SUPERVISOR over lurahA and lurahB, so indirectly over staffA and staffB
 *   LURAH_A      SUPERVISOR, direct supervisor of staffA
 *   LURAH_B      SUPERVISOR of the other team of agency 1
 *   STAFF_A      EMPLOYEE; staffA is the subject of the employee rows, so this is "reading self"
 *   STAFF_B      EMPLOYEE of the other team
 *   OTHER_ADMIN  ADMIN of agency 2; in cross-agency rows their input names their own records
 *                except for the one id of agency 1 under test
 *   ANON         no token
 * A cell is the exact outcome: 'ALLOW' (no errors, every root field present, plus the row's
 * `check`) or the error code of `errors[0]`, with no data at all. One `it` per cell. Writes that
 * succeed get a fresh target per cell (built by the ADMIN in `variables`); where a row has
 * `untouched`, a refused write is also shown to have changed nothing.
 */

const ACTORS = ['ADMIN', 'CAMAT', 'LURAH_A', 'LURAH_B', 'STAFF_A', 'STAFF_B', 'OTHER_ADMIN', 'ANON'] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'ALLOW' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'CSV_INVALID';
type Org = Awaited<ReturnType<typeof smallOrganisation>>;
type Person = 'admin' | keyof Org['people'];
type Vars = Record<string, unknown>;

interface Row {
  operation: string;
  query: string;
  variables?: (actor: ActorName) => Vars | Promise<Vars>;
  expect: Record<ActorName, Outcome>;
  /** Extra assertions on an allowed answer. */
  check?: (data: any, actor: ActorName) => void;
  /** After a refused write: the target is as it was. */
  untouched?: (vars: Vars) => Promise<void>;
  /** The token to call with, when it is not the actor's usual one. */
  token?: (actor: ActorName) => Promise<string | undefined>;
}

let stack: Stack;
let org: Org; // agency 1
let other: Org; // agency 2

const PERSON: Record<Exclude<ActorName, 'ANON'>, Person> = {
  ADMIN: 'admin',
  CAMAT: 'camat',
  LURAH_A: 'lurahA',
  LURAH_B: 'lurahB',
  STAFF_A: 'staffA',
  STAFF_B: 'staffB',
  OTHER_ADMIN: 'admin',
};
const own = (actor: ActorName): Org => (actor === 'OTHER_ADMIN' ? other : org);
const idOf = (o: Org, p: Person) => (p === 'admin' ? o.admin.id : o.people[p].id);
const tokenOf = (actor: ActorName) =>
  actor === 'ANON' ? undefined : PERSON[actor] === 'admin' ? own(actor).admin.token : org.tokens[PERSON[actor] as keyof Org['tokens']];
/** A throwaway session of the actor (for logout). */
async function freshToken(actor: ActorName): Promise<string | undefined> {
  if (actor === 'ANON') return undefined;
  const o = own(actor);
  const p = PERSON[actor];
  return p === 'admin'
    ? (await login(stack, o.admin.nip, o.admin.password)).token
    : (await login(stack, o.people[p].nip, o.password)).token;
}

const uniq = (prefix: string) => `${prefix} ${randomId(3)}`;
const newUnit = (o: Org = org) => createUnit(stack, o.admin.token, uniq('Seksi'), 'OTHER', o.units.kecamatan);
async function newServicePoint(withStaffA = false): Promise<string> {
  const d = await ok(
    stack,
    `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
    { i: { name: uniq('Loket'), unitId: org.units.kelA } },
    org.admin.token,
  );
  if (withStaffA)
    await ok(stack, ASSIGN, { i: { servicePointId: d.createServicePoint.id, employeeId: org.people.staffA.id } }, org.admin.token);
  return d.createServicePoint.id;
}
const asAdmin = (query: string, variables: Vars) => ok(stack, query, variables, org.admin.token);

const ASSIGN = `mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { id } }`;
const NEW_PASSWORD = 'Baru12345x';

/** Everyone of agency 1 may; another agency's ADMIN gets `other`. */
const everyStaff = (otherAdmin: Outcome, all: Outcome = 'ALLOW'): Record<ActorName, Outcome> => ({
  ADMIN: all,
  CAMAT: all,
  LURAH_A: all,
  LURAH_B: all,
  STAFF_A: all,
  STAFF_B: all,
  OTHER_ADMIN: otherAdmin,
  ANON: 'UNAUTHENTICATED',
});
/** ADMIN of agency 1 only; another agency's ADMIN gets `other`. */
const adminOnly = (otherAdmin: Outcome = 'NOT_FOUND'): Record<ActorName, Outcome> => ({
  ...everyStaff(otherAdmin, 'FORBIDDEN'),
  ADMIN: 'ALLOW',
});

/** Which of the fixture people each caller finds in `employees`. */
const TEAM: Record<ActorName, Person[]> = {
  ADMIN: ['admin', 'camat', 'lurahA', 'lurahB', 'staffA', 'staffB'],
  CAMAT: ['camat', 'lurahA', 'lurahB', 'staffA', 'staffB'],
  LURAH_A: ['lurahA', 'staffA'],
  LURAH_B: ['lurahB', 'staffB'],
  STAFF_A: ['staffA'],
  STAFF_B: ['staffB'],
  OTHER_ADMIN: [],
  ANON: [],
};

const TABLE: Row[] = [
  // ---- reads ----
  {
    operation: 'me',
    query: `{ me { id } }`,
    expect: everyStaff('ALLOW'),
    check: (d, a) => expect(d.me.id).toBe(idOf(own(a), PERSON[a as Exclude<ActorName, 'ANON'>])),
  },
  {
    operation: 'employee (staffA, a subordinate)',
    query: `query($id: ID!) { employee(id: $id) { id } }`,
    variables: () => ({ id: org.people.staffA.id }),
    expect: {
      ADMIN: 'ALLOW',
      CAMAT: 'ALLOW',
      LURAH_A: 'ALLOW',
      LURAH_B: 'FORBIDDEN',
      STAFF_A: 'ALLOW',
      STAFF_B: 'FORBIDDEN',
      OTHER_ADMIN: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
    check: (d) => expect(d.employee.id).toBe(org.people.staffA.id),
  },
  {
    operation: 'employee (camat, a superior)',
    query: `query($id: ID!) { employee(id: $id) { id } }`,
    variables: () => ({ id: org.people.camat.id }),
    expect: { ...everyStaff('NOT_FOUND', 'FORBIDDEN'), ADMIN: 'ALLOW', CAMAT: 'ALLOW' },
  },
  {
    operation: 'employees',
    query: `query($page: PageInput) { employees(page: $page) { totalCount nodes { id } } }`,
    variables: () => ({ page: { first: 200 } }),
    expect: everyStaff('ALLOW'),
    check: (d, a) => {
      const seen = new Set(d.employees.nodes.map((n: { id: string }) => n.id));
      const everyone: Person[] = ['admin', 'camat', 'lurahA', 'lurahB', 'staffA', 'staffB'];
      expect(everyone.filter((p) => seen.has(idOf(org, p)))).toEqual(TEAM[a]);
      if (a === 'OTHER_ADMIN') expect(seen.has(other.admin.id)).toBe(true);
      if (a === 'STAFF_A' || a === 'STAFF_B') expect(d.employees.totalCount).toBe(1);
    },
  },
  {
    operation: 'units (the agency root)',
    query: `{ units { id } }`,
    expect: everyStaff('ALLOW'),
    check: (d, a) => expect(d.units.map((u: { id: string }) => u.id)).toEqual([own(a).admin.rootUnitId]),
  },
  {
    operation: 'units (children of the Kecamatan)',
    query: `query($p: ID) { units(parentId: $p) { id } }`,
    variables: () => ({ p: org.units.kecamatan }),
    expect: everyStaff('NOT_FOUND'),
    check: (d) => expect(d.units.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([org.units.kelA, org.units.kelB])),
  },
  {
    operation: 'unit',
    query: `query($id: ID!) { unit(id: $id) { id } }`,
    variables: () => ({ id: org.units.kelA }),
    expect: everyStaff('NOT_FOUND'),
  },
  {
    operation: 'servicePoints',
    query: `{ servicePoints { id } }`,
    expect: everyStaff('ALLOW'),
    check: (d, a) => {
      const ids = d.servicePoints.map((s: { id: string }) => s.id);
      expect(ids).toContain(own(a).servicePointA);
      if (a === 'OTHER_ADMIN') expect(ids).not.toContain(org.servicePointA);
    },
  },
  {
    operation: 'servicePoint',
    query: `query($id: ID!) { servicePoint(id: $id) { id } }`,
    variables: () => ({ id: org.servicePointA }),
    expect: everyStaff('NOT_FOUND'),
  },
  {
    operation: 'auditLog (of staffA)',
    query: `query($id: ID) { auditLog(entityType: "employee", entityId: $id) { action entityId } }`,
    variables: () => ({ id: org.people.staffA.id }),
    expect: adminOnly('ALLOW'),
    check: (d, a) => {
      if (a === 'OTHER_ADMIN') expect(d.auditLog).toEqual([]);
      else expect(d.auditLog).toContainEqual({ action: 'EMPLOYEE_CREATED', entityId: org.people.staffA.id });
    },
  },
  { operation: 'systemStatus', query: `{ systemStatus { queueBackend version } }`, expect: adminOnly('ALLOW') },
  { operation: 'pingWorker', query: `mutation { pingWorker { nonce } }`, expect: adminOnly('ALLOW') },

  // ---- units ----
  {
    operation: 'createUnit (under an agency-1 parent)',
    query: `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id parentId } }`,
    variables: () => ({ i: { name: uniq('Seksi'), kind: 'OTHER', parentId: org.units.kecamatan } }),
    expect: adminOnly(),
    check: (d) => expect(d.createUnit.parentId).toBe(org.units.kecamatan),
    untouched: async (v) => {
      const d = await asAdmin(`query($p: ID) { units(parentId: $p) { name } }`, { p: org.units.kecamatan });
      expect(d.units.map((u: { name: string }) => u.name)).not.toContain((v.i as Vars).name);
    },
  },
  {
    operation: 'updateUnit',
    query: `mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { name } }`,
    variables: async () => ({ i: { id: await newUnit(), name: uniq('Nama Baru') } }),
    expect: adminOnly(),
    check: (d) => expect(d.updateUnit.name).toMatch(/^Nama Baru /),
    untouched: async (v) =>
      expect((await asAdmin(`query($id: ID!) { unit(id: $id) { name } }`, { id: (v.i as Vars).id })).unit.name).toMatch(/^Seksi /),
  },
  {
    operation: 'moveUnit (an agency-1 unit)',
    query: `mutation($i: MoveUnitInput!) { moveUnit(input: $i) { parentId } }`,
    variables: async () => ({ i: { id: await newUnit(), parentId: org.units.kelB } }),
    expect: adminOnly(),
    check: (d) => expect(d.moveUnit.parentId).toBe(org.units.kelB),
    untouched: async (v) =>
      expect((await asAdmin(`query($id: ID!) { unit(id: $id) { parentId } }`, { id: (v.i as Vars).id })).unit.parentId).toBe(
        org.units.kecamatan,
      ),
  },
  {
    operation: 'moveUnit (onto an agency-1 parent)',
    query: `mutation($i: MoveUnitInput!) { moveUnit(input: $i) { parentId } }`,
    variables: async (a) => ({ i: { id: await newUnit(own(a)), parentId: org.units.kelB } }),
    expect: adminOnly(),
  },
  {
    operation: 'archiveUnit (a fresh empty unit)',
    query: `mutation($id: ID!) { archiveUnit(id: $id) { archivedAt } }`,
    variables: async () => ({ id: await newUnit() }),
    expect: adminOnly(),
    check: (d) => expect(d.archiveUnit.archivedAt).not.toBeNull(),
    untouched: async (v) => expect((await asAdmin(`query($id: ID!) { unit(id: $id) { archivedAt } }`, v)).unit.archivedAt).toBeNull(),
  },

  // ---- employees ----
  {
    operation: 'createEmployee (in an agency-1 unit)',
    query: `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`,
    variables: () => ({ i: { nip: uniqueNip(), name: 'Pegawai Baru', position: 'Staf', unitId: org.units.kelA } }),
    expect: adminOnly(),
  },
  {
    operation: 'createEmployee (under an agency-1 supervisor)',
    query: `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`,
    variables: (a) => ({
      i: { nip: uniqueNip(), name: 'Pegawai Baru', position: 'Staf', unitId: own(a).units.kelA, supervisorId: org.admin.id },
    }),
    expect: adminOnly(),
  },
  {
    operation: 'updateEmployee (staffA)',
    query: `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id } }`,
    variables: () => ({ i: { id: org.people.staffA.id, name: 'Staf Sukamiskin' } }),
    expect: adminOnly(),
  },
  {
    operation: 'updateEmployee (into an agency-1 unit)',
    query: `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { unitId } }`,
    variables: (a) => ({ i: { id: own(a).people.staffA.id, unitId: org.units.kelA } }),
    expect: adminOnly(),
  },
  {
    operation: 'updateEmployee (under an agency-1 supervisor)',
    query: `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { supervisorId } }`,
    variables: (a) => ({ i: { id: own(a).people.staffA.id, supervisorId: org.people.lurahA.id } }),
    expect: adminOnly(),
  },
  {
    operation: 'setEmployeePassword (a fresh subordinate of lurahA)',
    query: `mutation($id: ID!, $pw: String!) { setEmployeePassword(employeeId: $id, password: $pw) { id } }`,
    variables: async () => {
      const e = await createEmployee(stack, org.admin.token, {
        name: 'Staf Sandi',
        position: 'Staf',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
      return { id: e.id, pw: NEW_PASSWORD, nip: e.nip }; // nip is for `untouched`; GraphQL ignores it
    },
    expect: adminOnly(),
    untouched: async (v) => void (await login(stack, v.nip as string, org.password)),
  },
  {
    operation: 'importEmployees',
    query: `mutation($i: ImportEmployeesInput!) { importEmployees(input: $i) { created } }`,
    // Another agency's ADMIN names an agency-1 supervisor by NIP: refused as if it did not exist.
    variables: (a) => ({
      i: {
        csv: `NIP,nama,jabatan,unit,NIP atasan\n${uniqueNip()},Nama Baru,Staf,Kelurahan Sukamiskin,${a === 'OTHER_ADMIN' ? org.people.lurahA.nip : ''}`,
      },
    }),
    expect: adminOnly('CSV_INVALID'),
    check: (d) => expect(d.importEmployees.created).toBe(1),
  },

  // ---- service points ----
  {
    operation: 'createServicePoint (in an agency-1 unit)',
    query: `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
    variables: () => ({ i: { name: uniq('Loket'), unitId: org.units.kelA } }),
    expect: adminOnly(),
  },
  {
    operation: 'archiveServicePoint',
    query: `mutation($id: ID!) { archiveServicePoint(id: $id) { archivedAt } }`,
    variables: async () => ({ id: await newServicePoint() }),
    expect: adminOnly(),
    check: (d) => expect(d.archiveServicePoint.archivedAt).not.toBeNull(),
    untouched: async (v) =>
      expect((await asAdmin(`query($id: ID!) { servicePoint(id: $id) { archivedAt } }`, v)).servicePoint.archivedAt).toBeNull(),
  },
  {
    operation: 'assignServicePointStaff (an agency-1 service point)',
    query: ASSIGN,
    variables: (a) => ({ i: { servicePointId: org.servicePointA, employeeId: own(a).people.staffA.id } }),
    expect: adminOnly(),
  },
  {
    operation: 'assignServicePointStaff (an agency-1 employee)',
    query: ASSIGN,
    variables: (a) => ({ i: { servicePointId: own(a).servicePointA, employeeId: org.people.staffA.id } }),
    expect: adminOnly(),
  },
  {
    operation: 'removeServicePointStaff',
    query: `mutation($i: ServicePointStaffInput!) { removeServicePointStaff(input: $i) { id staff { id } } }`,
    variables: async () => ({ i: { servicePointId: await newServicePoint(true), employeeId: org.people.staffA.id } }),
    expect: adminOnly(),
    untouched: async (v) => {
      const d = await asAdmin(`query($id: ID!) { servicePoint(id: $id) { staff { id } } }`, { id: (v.i as Vars).servicePointId });
      expect(d.servicePoint.staff).toEqual([{ id: org.people.staffA.id }]);
    },
  },

  // ---- own account ----
  {
    operation: 'changePassword (with a wrong current password)',
    query: `mutation($pw: String!) { changePassword(currentPassword: "Salah12345x", newPassword: $pw) }`,
    variables: () => ({ pw: NEW_PASSWORD }),
    expect: everyStaff('INVALID_CREDENTIALS', 'INVALID_CREDENTIALS'),
  },
  {
    operation: 'logout (a throwaway session)',
    query: `mutation { logout }`,
    expect: everyStaff('ALLOW'),
    token: freshToken,
    check: (d) => expect(d.logout).toBe(true),
  },
];

const cases = (row: Row) => ACTORS.map((actor) => [actor, row.expect[actor]] as const);

describe('access control: every protected operation × every role', () => {
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Instansi Satu');
    other = await smallOrganisation(stack, 'Instansi Dua');
  });
  afterAll(() => stack?.close());

  describe.each(TABLE)('$operation', (row) => {
    it.each(cases(row))('%s → %s', async (actor, outcome) => {
      const variables = (await row.variables?.(actor)) ?? {};
      const token = row.token ? await row.token(actor) : tokenOf(actor);
      const res = await stack.gql(row.query, variables, token);
      if (outcome === 'ALLOW') {
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
        for (const value of Object.values(res.data!)) expect(value).not.toBeNull();
        row.check?.(res.data, actor);
      } else {
        expect(errorCode(res)).toBe(outcome);
        expect(res.data ?? null).toBeNull(); // nothing of the answer leaks
        await row.untouched?.(variables);
      }
    });
  });

  describe('tokens', () => {
    const me = (token: string): Promise<GqlResponse> => stack.gql(`{ me { id } }`, {}, token);

    it("a deactivated employee's token is refused at once", async () => {
      const e = await createEmployee(stack, org.admin.token, {
        name: 'Pegawai Pindah',
        position: 'Staf',
        unitId: org.units.kelA,
        password: org.password,
      });
      const { token } = await login(stack, e.nip, org.password);
      expect((await me(token)).data?.me.id).toBe(e.id);
      await asAdmin(`mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { active } }`, { i: { id: e.id, active: false } });
      expect(errorCode(await me(token))).toBe('UNAUTHENTICATED');
    });

    it('after logout the same access token, and its refresh token, stop working; other sessions go on', async () => {
      const session = await login(stack, org.people.staffB.nip, org.password);
      expect((await stack.gql(`mutation { logout }`, {}, session.token)).data?.logout).toBe(true);
      expect(errorCode(await me(session.token))).toBe('UNAUTHENTICATED');
      const refreshed = await stack.gql(`mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`, {
        t: session.refreshToken,
      });
      expect(errorCode(refreshed)).toBe('INVALID_TOKEN');
      expect((await me(org.tokens.staffB)).data?.me.id).toBe(org.people.staffB.id);
    });

    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const sign = (header: object, claims: object, secret: string) => {
      const body = `${b64(header)}.${b64(claims)}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const BAD_TOKENS: Array<[string, () => string]> = [
      ['garbage', () => 'this-is-not-a-jwt'],
      [
        "staffA's, with the ADMIN's id put into its payload",
        () => {
          const [header, , signature] = org.tokens.staffA.split('.');
          return `${header}.${b64({ ...claimsOf(org.tokens.staffA), sub: org.admin.id })}.${signature}`;
        },
      ],
      [
        "staffA's claims, signed with another secret",
        () => sign({ alg: 'HS256', typ: 'JWT' }, claimsOf(org.tokens.staffA), 'x'.repeat(48)),
      ],
      ["staffA's claims, unsigned (alg none)", () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claimsOf(org.tokens.staffA))}.`],
      [
        'well signed, for a session that does not exist',
        () => sign({ alg: 'HS256', typ: 'JWT' }, { ...claimsOf(org.tokens.staffA), sid: randomUUID() }, stack.config.JWT_SECRET!),
      ],
    ];
    it.each(BAD_TOKENS)('a token that is %s answers UNAUTHENTICATED', async (_, make) => {
      const res = await me(make());
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    });

    it('the genuine token those were made from still works', async () => {
      expect((await me(org.tokens.staffA)).data?.me.id).toBe(org.people.staffA.id);
    });

    it('nested fields do not widen a scope: service point staff and the reporting line above one’s own supervisor', async () => {
      await ok(
        stack,
        `mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { id } }`,
        { i: { servicePointId: org.servicePointA, employeeId: org.people.staffA.id } },
        org.admin.token,
      );
      const q = `query($id: ID!) { servicePoint(id: $id) { staff { id } } }`;
      const seen = async (token: string) =>
        ((await ok(stack, q, { id: org.servicePointA }, token)).servicePoint.staff as Array<{ id: string }>).map((x) => x.id);
      expect(await seen(org.admin.token)).toContain(org.people.staffA.id);
      expect(await seen(org.tokens.lurahA)).toContain(org.people.staffA.id);
      expect(await seen(org.tokens.staffB)).not.toContain(org.people.staffA.id);
      expect(await seen(org.tokens.lurahB)).not.toContain(org.people.staffA.id);
      const chain = await ok(stack, `{ me { supervisor { id history { position } supervisor { id } } } }`, {}, org.tokens.staffA);
      expect(chain.me.supervisor.id).toBe(org.people.lurahA.id);
      expect(chain.me.supervisor.history).toEqual([]);
      expect(chain.me.supervisor.supervisor).toBeNull();
    });
  });
});
