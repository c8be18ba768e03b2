import { errorCode, startStack, Stack } from '../../support/stack';
import { createUnit, login, ok, smallOrganisation } from '../../support/org-fixtures';

describe('organisation over GraphQL', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Alur');
  });
  afterAll(() => stack?.close());

  it('login returns tokens and the employee; me, units with children, service points answer', async () => {
    const res = await stack.gql(
      `mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken refreshToken expiresIn employee { id nip name roles } } }`,
      { n: org.people.camat.nip, p: org.password },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.employee).toEqual({
      id: org.people.camat.id,
      nip: org.people.camat.nip,
      name: 'Camat Arcamanik',
      roles: ['SUPERVISOR', 'EMPLOYEE'],
    });
    expect(res.data!.login.expiresIn).toBe(900);
    const token = res.data!.login.accessToken;
    const me = await ok(stack, `{ me { name position unit { name kind } supervisor { name } subordinates { name } } }`, {}, token);
    expect(me.me).toEqual({
      name: 'Camat Arcamanik',
      position: 'Camat',
      unit: { name: 'Kecamatan Arcamanik', kind: 'KECAMATAN' },
      supervisor: null,
      subordinates: [{ name: 'Lurah Cisaranten Kulon' }, { name: 'Lurah Sukamiskin' }],
    });
    const tree = await ok(stack, `{ units { name kind children { name kind children { name kind } } } }`, {}, token);
    expect(tree.units).toEqual([
      {
        name: expect.stringContaining('Kota Uji Alur'),
        kind: 'AGENCY',
        children: [
          {
            name: 'Kecamatan Arcamanik',
            kind: 'KECAMATAN',
            children: [
              { name: 'Kelurahan Cisaranten Kulon', kind: 'KELURAHAN' },
              { name: 'Kelurahan Sukamiskin', kind: 'KELURAHAN' },
            ],
          },
        ],
      },
    ]);
    const sps = await ok(
      stack,
      `query($u: ID) { servicePoints(unitId: $u) { name unit { name } staff { name } } }`,
      { u: org.units.kelA },
      token,
    );
    expect(sps.servicePoints).toEqual([{ name: 'Loket Adminduk', unit: { name: 'Kelurahan Sukamiskin' }, staff: [] }]);
  });

  it('employees: paginated by name, filtered by unit (with sub-units), searched by name or NIP', async () => {
    const t = org.admin.token;
    const page1 = await ok(
      stack,
      `{ employees(page: { first: 2 }) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }`,
      {},
      t,
    );
    expect(page1.employees.totalCount).toBe(6);
    expect(page1.employees.nodes.map((n: { name: string }) => n.name)).toEqual(['Administrator', 'Camat Arcamanik']);
    expect(page1.employees.pageInfo.hasNextPage).toBe(true);
    const all: string[] = [];
    let after: string | null = null;
    do {
      const p: any = await ok(
        stack,
        `query($a: String) { employees(page: { first: 4, after: $a }) { pageInfo { hasNextPage endCursor } nodes { name } } }`,
        { a: after },
        t,
      );
      all.push(...p.employees.nodes.map((n: { name: string }) => n.name));
      after = p.employees.pageInfo.hasNextPage ? p.employees.pageInfo.endCursor : null;
    } while (after);
    expect(all).toEqual([
      'Administrator',
      'Camat Arcamanik',
      'Lurah Cisaranten Kulon',
      'Lurah Sukamiskin',
      'Staf Cisaranten Kulon',
      'Staf Sukamiskin',
    ]);

    const inKelA = await ok(stack, `query($u: ID) { employees(filter: { unitId: $u }) { nodes { name } } }`, { u: org.units.kelA }, t);
    expect(inKelA.employees.nodes.map((n: { name: string }) => n.name)).toEqual(['Lurah Sukamiskin', 'Staf Sukamiskin']);
    const subtree = await ok(
      stack,
      `query($u: ID) { employees(filter: { unitId: $u, includeSubunits: true }) { totalCount } }`,
      { u: org.units.kecamatan },
      t,
    );
    expect(subtree.employees.totalCount).toBe(5);
    const byName = await ok(stack, `{ employees(filter: { search: "sukamis" }) { nodes { name } } }`, {}, t);
    expect(byName.employees.nodes.map((n: { name: string }) => n.name)).toEqual(['Lurah Sukamiskin', 'Staf Sukamiskin']);
    const byNip = await ok(
      stack,
      `query($s: String) { employees(filter: { search: $s }) { nodes { nip } } }`,
      { s: org.people.staffB.nip.slice(0, 18) },
      t,
    );
    expect(byNip.employees.nodes).toEqual([{ nip: org.people.staffB.nip }]);
    const none = await ok(
      stack,
      `{ employees(filter: { search: "tidak ada yang bernama ini" }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
      {},
      t,
    );
    expect(none.employees).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const bad = await stack.gql(`{ employees(page: { first: 5, after: "garbage" }) { totalCount } }`, {}, t);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const tooMany = await stack.gql(`{ employees(page: { first: 5000 }) { totalCount } }`, {}, t);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('a position change keeps history, and admin actions write the audit log', async () => {
    const t = org.admin.token;
    const id = org.people.staffA.id;
    await ok(
      stack,
      `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { position } }`,
      { i: { id, position: 'Analis Layanan Publik' } },
      t,
    );
    const e = await ok(stack, `query($id: ID!) { employee(id: $id) { position history { position validFrom validTo } } }`, { id }, t);
    expect(e.employee.position).toBe('Analis Layanan Publik');
    expect(e.employee.history.map((h: { position: string }) => h.position)).toEqual(['Pengadministrasi Umum', 'Analis Layanan Publik']);
    expect(e.employee.history[0].validTo).not.toBeNull();
    expect(e.employee.history[1].validTo).toBeNull();
    const audit = await ok(
      stack,
      `query($id: ID) { auditLog(entityType: "employee", entityId: $id) { action before after actorId } }`,
      { id },
      t,
    );
    expect(audit.auditLog[0]).toMatchObject({
      action: 'EMPLOYEE_UPDATED',
      actorId: org.admin.id,
      before: expect.objectContaining({ position: 'Pengadministrasi Umum' }),
      after: expect.objectContaining({ position: 'Analis Layanan Publik' }),
    });
  });

  it('units move and archive with history; a unit with people cannot be archived', async () => {
    const t = org.admin.token;
    const seksi = await createUnit(stack, t, 'Seksi Pelayanan', 'OTHER', org.units.kecamatan);
    const moved = await ok(
      stack,
      `mutation($i: MoveUnitInput!) { moveUnit(input: $i) { parent { name } } }`,
      { i: { id: seksi, parentId: org.units.kelA } },
      t,
    );
    expect(moved.moveUnit.parent.name).toBe('Kelurahan Sukamiskin');
    const cycle = await stack.gql(
      `mutation($i: MoveUnitInput!) { moveUnit(input: $i) { id } }`,
      { i: { id: org.units.kecamatan, parentId: seksi } },
      t,
    );
    expect(errorCode(cycle)).toBe('UNIT_CYCLE');
    const busy = await stack.gql(`mutation($id: ID!) { archiveUnit(id: $id) { id } }`, { id: org.units.kelA }, t);
    expect(errorCode(busy)).toBe('UNIT_NOT_EMPTY');
    const archived = await ok(
      stack,
      `mutation($id: ID!) { archiveUnit(id: $id) { archivedAt history { parentId archived } } }`,
      { id: seksi },
      t,
    );
    expect(archived.archiveUnit.archivedAt).not.toBeNull();
    expect(archived.archiveUnit.history.map((h: { archived: boolean }) => h.archived)).toEqual([false, false, true]);
    const dup = await stack.gql(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      { i: { name: 'kelurahan sukamiskin', kind: 'KELURAHAN', parentId: org.units.kecamatan } },
      t,
    );
    expect(errorCode(dup)).toBe('DUPLICATE_UNIT_NAME');
  });

  it('staff service points; refresh rotates tokens; logout revokes; password change works', async () => {
    const t = org.admin.token;
    const sp = await ok(
      stack,
      `mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { staff { name } } }`,
      { i: { servicePointId: org.servicePointA, employeeId: org.people.staffA.id } },
      t,
    );
    expect(sp.assignServicePointStaff.staff).toEqual([{ name: 'Staf Sukamiskin' }]);

    const session = await login(stack, org.people.staffB.nip, org.password);
    const refreshed = await ok(
      stack,
      `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken employee { id } } }`,
      { r: session.refreshToken },
    );
    expect(refreshed.refreshToken.employee.id).toBe(org.people.staffB.id);
    const reuse = await stack.gql(`mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`, { r: session.refreshToken });
    expect(errorCode(reuse)).toBe('INVALID_TOKEN');
    // Reuse of a rotated refresh token ends the whole session (test/security/login.e2e-spec.ts).
    expect(errorCode(await stack.gql(`{ me { id } }`, {}, refreshed.refreshToken.accessToken))).toBe('UNAUTHENTICATED');

    const second = await login(stack, org.people.staffB.nip, org.password);
    const rotated = await ok(stack, `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`, {
      r: second.refreshToken,
    });
    const fresh = rotated.refreshToken.accessToken;
    expect((await ok(stack, `{ me { id } }`, {}, fresh)).me.id).toBe(org.people.staffB.id);
    await ok(stack, `mutation { logout }`, {}, fresh);
    expect(errorCode(await stack.gql(`{ me { id } }`, {}, fresh))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await stack.gql(`mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`, {
          r: rotated.refreshToken.refreshToken,
        }),
      ),
    ).toBe('INVALID_TOKEN');

    const other = await login(stack, org.people.staffB.nip, org.password);
    const current = await login(stack, org.people.staffB.nip, org.password);
    const weak = await stack.gql(`mutation { changePassword(currentPassword: "Sandi12345", newPassword: "short") }`, {}, current.token);
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    await ok(stack, `mutation { changePassword(currentPassword: "Sandi12345", newPassword: "SandiBaru2026") }`, {}, current.token);
    expect(errorCode(await stack.gql(`{ me { id } }`, {}, other.token))).toBe('UNAUTHENTICATED');
    expect((await ok(stack, `{ me { id } }`, {}, current.token)).me.id).toBe(org.people.staffB.id);
    await login(stack, org.people.staffB.nip, 'SandiBaru2026');
  });
});
