import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './processes';
import { randomId } from './test-env';
import { Stack } from './stack';

const run = promisify(execFile);

/**
 * Valid, distinct NIPs: each file starts at a random point of a large space, so files sharing the
 * run's database do not collide. Birth date, TMT CPNS, sex and serial are all real.
 */
let counter = Math.floor(Math.random() * 50_000_000);
export function uniqueNip(): string {
  const n = counter++;
  const serial = (n % 999) + 1;
  const rest = Math.floor(n / 999);
  const sex = (rest % 2) + 1;
  const day = Math.floor(rest / 2) % 9000; // days after 1965-01-01
  const birth = new Date(Date.UTC(1965, 0, 1) + day * 86_400_000);
  const tmtYear = birth.getUTCFullYear() + 22;
  const tmtMonth = (day % 12) + 1;
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}${tmtYear}${pad(tmtMonth, 2)}${sex}${pad(serial, 3)}`;
}

export interface AgencyAdmin {
  name: string;
  nip: string;
  password: string;
  token: string;
  id: string;
  rootUnitId: string;
}

/** Onboards a fresh agency with `npm run agency:create` (what an operator runs) and logs its ADMIN in. */
export async function createAgency(stack: Stack, label = 'Instansi Uji'): Promise<AgencyAdmin> {
  const name = `${label} ${randomId(3)}`;
  const nip = uniqueNip();
  const password = `Rahasia${randomId(3)}1`;
  await run('node', ['scripts/run.js', 'agency:create', '--name', name, '--admin-nip', nip, '--admin-password', password], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: stack.config.DATABASE_URL!,
      QUEUE_BACKEND: 'postgres',
      QUEUE_PREFIX: stack.config.QUEUE_PREFIX,
    },
  });
  const { token, id } = await login(stack, nip, password);
  const units = await stack.gql('{ units { id } }', {}, token);
  return { name, nip, password, token, id, rootUnitId: units.data!.units[0].id };
}

export async function login(stack: Stack, nip: string, password: string): Promise<{ token: string; refreshToken: string; id: string }> {
  const res = await stack.gql(
    `mutation($nip: String!, $password: String!) { login(nip: $nip, password: $password) { accessToken refreshToken employee { id } } }`,
    { nip, password },
  );
  if (res.errors) throw new Error(`login ${nip} failed: ${JSON.stringify(res.errors)}`);
  return { token: res.data!.login.accessToken, refreshToken: res.data!.login.refreshToken, id: res.data!.login.employee.id };
}

/** Runs a GraphQL operation that must succeed and returns its data. */
export async function ok<T = Record<string, any>>(
  stack: Stack,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await stack.gql<T>(query, variables, token);
  if (res.errors) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
  return res.data!;
}

/** ADMIN creates a period; returns its id. */
export async function createPeriod(
  stack: Stack,
  token: string,
  period: { name: string; kind: 'MONTHLY' | 'QUARTERLY' | 'ANNUAL'; startsOn: string; endsOn: string },
): Promise<string> {
  return (await ok(stack, `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`, { i: period }, token)).createPeriod.id;
}

/** The supervisor (or ADMIN) opens an employee's round in a period; returns its id. */
export async function openRound(stack: Stack, token: string, employeeId: string, periodId: string): Promise<string> {
  return (await ok(stack, `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`, { i: { employeeId, periodId } }, token))
    .openRound.id;
}

/** ADMIN puts an employee on a service point's staff (the officer a link or kiosk may name). */
export async function assignStaff(stack: Stack, token: string, servicePointId: string, employeeId: string): Promise<void> {
  await ok(
    stack,
    `mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { id } }`,
    { i: { servicePointId, employeeId } },
    token,
  );
}

/** ADMIN creates a rating link (optionally for one officer); returns its id and token. */
export async function createRatingLink(
  stack: Stack,
  token: string,
  input: { servicePointId: string; employeeId?: string },
): Promise<{ id: string; token: string }> {
  return (await ok(stack, `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { id token } }`, { i: input }, token))
    .createRatingLink;
}

export async function createUnit(stack: Stack, token: string, name: string, kind: string, parentId: string): Promise<string> {
  const d = await ok(stack, `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: { name, kind, parentId } }, token);
  return d.createUnit.id;
}

export async function createEmployee(
  stack: Stack,
  token: string,
  input: {
    name: string;
    position: string;
    unitId: string;
    supervisorId?: string | null;
    roles?: string[];
    password?: string;
    nip?: string;
  },
): Promise<{ id: string; nip: string; password?: string }> {
  const nip = input.nip ?? uniqueNip();
  const d = await ok(
    stack,
    `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id nip } }`,
    { i: { roles: ['EMPLOYEE'], ...input, nip } },
    token,
  );
  return { id: d.createEmployee.id, nip, password: input.password };
}

/**
 * A small agency: root → Kecamatan → two Kelurahan; camat (SUPERVISOR) over two lurah
 * (SUPERVISOR), each lurah over one staff member (EMPLOYEE); one service point per kelurahan.
 * Everyone has a password and a token.
 */
export async function smallOrganisation(stack: Stack, label = 'Instansi Uji') {
  const admin = await createAgency(stack, label);
  const kecamatan = await createUnit(stack, admin.token, 'Kecamatan Arcamanik', 'KECAMATAN', admin.rootUnitId);
  const kelA = await createUnit(stack, admin.token, 'Kelurahan Sukamiskin', 'KELURAHAN', kecamatan);
  const kelB = await createUnit(stack, admin.token, 'Kelurahan Cisaranten Kulon', 'KELURAHAN', kecamatan);
  const pw = 'Sandi12345';
  const camat = await createEmployee(stack, admin.token, {
    name: 'Camat Arcamanik',
    position: 'Camat',
    unitId: kecamatan,
    roles: ['SUPERVISOR', 'EMPLOYEE'],
    password: pw,
  });
  const lurahA = await createEmployee(stack, admin.token, {
    name: 'Lurah Sukamiskin',
    position: 'Lurah',
    unitId: kelA,
    supervisorId: camat.id,
    roles: ['SUPERVISOR', 'EMPLOYEE'],
    password: pw,
  });
  const lurahB = await createEmployee(stack, admin.token, {
    name: 'Lurah Cisaranten Kulon',
    position: 'Lurah',
    unitId: kelB,
    supervisorId: camat.id,
    roles: ['SUPERVISOR', 'EMPLOYEE'],
    password: pw,
  });
  const staffA = await createEmployee(stack, admin.token, {
    name: 'Staf Sukamiskin',
    position: 'Pengadministrasi Umum',
    unitId: kelA,
    supervisorId: lurahA.id,
    password: pw,
  });
  const staffB = await createEmployee(stack, admin.token, {
    name: 'Staf Cisaranten Kulon',
    position: 'Pengadministrasi Umum',
    unitId: kelB,
    supervisorId: lurahB.id,
    password: pw,
  });
  const spA = await ok(
    stack,
    `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
    { i: { name: 'Loket Adminduk', unitId: kelA } },
    admin.token,
  );
  const tokens = {
    camat: (await login(stack, camat.nip, pw)).token,
    lurahA: (await login(stack, lurahA.nip, pw)).token,
    lurahB: (await login(stack, lurahB.nip, pw)).token,
    staffA: (await login(stack, staffA.nip, pw)).token,
    staffB: (await login(stack, staffB.nip, pw)).token,
  };
  return {
    admin,
    units: { kecamatan, kelA, kelB },
    people: { camat, lurahA, lurahB, staffA, staffB },
    servicePointA: spA.createServicePoint.id as string,
    tokens,
    password: pw,
  };
}
