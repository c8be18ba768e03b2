import { request } from 'node:http';
import { Client } from 'pg';
import { errorCode, GqlResponse, startStack, Stack } from '../support/stack';
import { createEmployee, login, smallOrganisation, uniqueNip } from '../support/org-fixtures';

/**
 * Finding 5 (login) and the NIP-in-logs part of finding 6. Client addresses are real: each
 * request leaves from its own loopback address (127.0.0.x), so req.ip differs without trusting any
 * forwarding header.
 */
function gqlFrom<T = Record<string, any>>(
  stack: Stack,
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const url = new URL(`${stack.url}/graphql`);
  const body = JSON.stringify({ query, variables });
  return new Promise<GqlResponse<T>>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ ...JSON.parse(Buffer.concat(chunks).toString('utf8')), status: res.statusCode ?? 0 });
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const LOGIN = `mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken refreshToken employee { id } } }`;
const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`;
const loginFrom = (stack: Stack, address: string, nip: string, password: string) => gqlFrom(stack, address, LOGIN, { n: nip, p: password });
const retryAfter = (res: GqlResponse) =>
  (res.errors?.[0]?.extensions?.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;

describe('login throttling, refresh-token families', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let db: Client;

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', worker: false });
    org = await smallOrganisation(stack, 'Kota Uji Masuk');
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('one address guessing random NIPs is refused after 20 failures (TOO_MANY_ATTEMPTS, retry-after, Bahasa Indonesia); others are not', async () => {
    const attacker = '127.0.0.2';
    // Someone who logged in from the attacker's address before (an office behind one NAT) still gets in.
    const colleague = await createEmployee(stack, org.admin.token, {
      name: 'Rekan Sekantor',
      position: 'Staf',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    expect((await loginFrom(stack, attacker, colleague.nip, org.password)).errors).toBeUndefined();

    const codes: Array<string | undefined> = [];
    let lastRefusal: GqlResponse | undefined;
    for (let i = 0; i < 60; i++) {
      const res = await loginFrom(stack, attacker, uniqueNip(), 'tebak-tebakan-1');
      codes.push(errorCode(res));
      if (errorCode(res) === 'TOO_MANY_ATTEMPTS') lastRefusal = res;
    }
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(20);
    expect(codes.slice(20).every((c) => c === 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(retryAfter(lastRefusal!)).toBeGreaterThan(0);
    expect(retryAfter(lastRefusal!)).toBeLessThanOrEqual(15 * 60);
    expect(lastRefusal!.errors![0].message).toMatch(/^Terlalu banyak percobaan masuk/);
    // Even the right password of an account never used from this address is refused now...
    expect(errorCode(await loginFrom(stack, attacker, org.people.staffB.nip, org.password))).toBe('TOO_MANY_ATTEMPTS');
    // ...but the colleague who used this address before, and everyone elsewhere, log in.
    expect((await loginFrom(stack, attacker, colleague.nip, org.password)).errors).toBeUndefined();
    expect((await loginFrom(stack, '127.0.0.9', org.people.staffB.nip, org.password)).errors).toBeUndefined();
  });

  it('a stranger cannot lock the owner out: 10 failures slow the NIP down for about a minute, not from the owner’s own address', async () => {
    const owner = await createEmployee(stack, org.admin.token, {
      name: 'Pemilik Akun',
      position: 'Staf',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    const home = '127.0.0.3';
    const stranger = '127.0.0.4';
    expect((await loginFrom(stack, home, owner.nip, org.password)).errors).toBeUndefined();
    for (let i = 0; i < 10; i++) {
      expect(errorCode(await loginFrom(stack, stranger, owner.nip, 'bukan-sandinya-1'))).toBe('INVALID_CREDENTIALS');
    }
    // The guesser, and any new address, now wait (even with the right password): distributed guessing is slowed too.
    const held = await loginFrom(stack, stranger, owner.nip, org.password);
    expect(errorCode(held)).toBe('TOO_MANY_ATTEMPTS');
    expect(retryAfter(held)).toBeGreaterThan(0);
    expect(retryAfter(held)).toBeLessThanOrEqual(60);
    expect(errorCode(await loginFrom(stack, '127.0.0.5', owner.nip, org.password))).toBe('TOO_MANY_ATTEMPTS');
    // The owner, from the address they used before, logs in at once.
    expect((await loginFrom(stack, home, owner.nip, org.password)).errors).toBeUndefined();
    // No ACCOUNT_LOCKED any more: a stranger controls nothing that lasts.
    expect(JSON.stringify(held)).not.toContain('ACCOUNT_LOCKED');
  });

  it('the owner’s own address is throttled too when it keeps guessing (no free guesses for a known address)', async () => {
    const nip = org.people.lurahB.nip;
    const home = '127.0.0.6';
    expect((await loginFrom(stack, home, nip, org.password)).errors).toBeUndefined();
    for (let i = 0; i < 10; i++) expect(errorCode(await loginFrom(stack, home, nip, 'salah-lagi-123'))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await loginFrom(stack, home, nip, org.password))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a parallel burst cannot slip past the limits: 50 guesses at once for one NIP from five addresses check at most 11 passwords', async () => {
    const target = await createEmployee(stack, org.admin.token, {
      name: 'Sasaran Serbuan',
      position: 'Staf',
      unitId: org.units.kelB,
      supervisorId: org.people.lurahB.id,
      password: org.password,
    });
    const addresses = ['127.0.1.1', '127.0.1.2', '127.0.1.3', '127.0.1.4', '127.0.1.5'];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => loginFrom(stack, addresses[i % addresses.length], target.nip, `tebakan-ke-${i}`)),
    );
    const codes = results.map(errorCode);
    // maxFailures free guesses, plus the one that takes the first block.
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(11);
    expect(codes.filter((c) => c !== 'INVALID_CREDENTIALS').every((c) => c === 'TOO_MANY_ATTEMPTS')).toBe(true);
    // A new address waits too: two minutes at most (the 11th failure's delay).
    const held = await loginFrom(stack, '127.0.1.6', target.nip, org.password);
    expect(errorCode(held)).toBe('TOO_MANY_ATTEMPTS');
    expect(retryAfter(held)).toBeLessThanOrEqual(120);
  });

  it('reusing a rotated refresh token revokes the whole family (every token since that login), audited', async () => {
    const first = await login(stack, org.people.camat.nip, org.password);
    const other = await login(stack, org.people.camat.nip, org.password); // a second device: another family
    const r2 = (await stack.gql(REFRESH, { r: first.refreshToken })).data!.refreshToken;
    const r3 = (await stack.gql(REFRESH, { r: r2.refreshToken })).data!.refreshToken;
    expect((await stack.gql('{ me { id } }', {}, r3.accessToken)).errors).toBeUndefined();

    // An attacker replays the first (already rotated) refresh token.
    expect(errorCode(await stack.gql(REFRESH, { r: first.refreshToken }))).toBe('INVALID_TOKEN');
    // Every descendant is dead: the newest refresh token and the access token minted with it.
    expect(errorCode(await stack.gql(REFRESH, { r: r3.refreshToken }))).toBe('INVALID_TOKEN');
    expect(errorCode(await stack.gql('{ me { id } }', {}, r3.accessToken))).toBe('UNAUTHENTICATED');
    // The other device's family is untouched.
    expect((await stack.gql('{ me { id } }', {}, other.token)).errors).toBeUndefined();
    expect((await stack.gql(REFRESH, { r: other.refreshToken })).errors).toBeUndefined();

    const { rows } = await db.query(
      `SELECT actor_kind, entity_id FROM audit_log WHERE action = 'REFRESH_TOKEN_REUSED' AND entity_id = $1`,
      [org.people.camat.id],
    );
    expect(rows).toHaveLength(1);
  });
});

describe('login throttling without Redis (PostgreSQL backend)', () => {
  it('holds per address and per NIP with the counters in PostgreSQL', async () => {
    const stack = await startStack({ queue: 'postgres', worker: false });
    try {
      const org = await smallOrganisation(stack, 'Kota Uji Masuk PG');
      for (let i = 0; i < 25; i++) await loginFrom(stack, '127.0.2.1', uniqueNip(), 'tebak-tebakan-1');
      expect(errorCode(await loginFrom(stack, '127.0.2.1', org.people.staffA.nip, org.password))).toBe('TOO_MANY_ATTEMPTS');
      expect((await loginFrom(stack, '127.0.2.2', org.people.staffA.nip, org.password)).errors).toBeUndefined();
      for (let i = 0; i < 10; i++) await loginFrom(stack, '127.0.2.3', org.people.staffB.nip, 'bukan-sandinya-1');
      expect(errorCode(await loginFrom(stack, '127.0.2.4', org.people.staffB.nip, org.password))).toBe('TOO_MANY_ATTEMPTS');
      // smallOrganisation logged staffB in from 127.0.0.1: still fine from there.
      expect((await loginFrom(stack, '127.0.0.1', org.people.staffB.nip, org.password)).errors).toBeUndefined();
    } finally {
      await stack.close();
    }
  });
});

describe('no NIP in the logs', () => {
  it('a bootstrap with BOOTSTRAP_ADMIN_NIP and logins (right, wrong, throttled) never write the NIP digits', async () => {
    const nip = uniqueNip();
    const password = 'Bootstrap-Rahasia-1';
    const stack = await startStack({
      queue: 'redis',
      worker: false,
      ownDatabase: true,
      env: { BOOTSTRAP_ADMIN_NIP: nip, BOOTSTRAP_ADMIN_PASSWORD: password, LOG_LEVEL: 'debug' },
    });
    try {
      await stack.waitForLogs((l) => /bootstrap ADMIN/i.test(l));
      expect((await loginFrom(stack, '127.0.0.7', nip, password)).errors).toBeUndefined();
      for (let i = 0; i < 12; i++) await loginFrom(stack, '127.0.0.8', nip, 'salah-sandi-99');
      const held = await loginFrom(stack, '127.0.0.8', nip, password);
      await loginFrom(stack, '127.0.0.8', `${nip}x`, password);
      const logs = await stack.waitForLogs((l) => (l.match(/"\/graphql"/g) ?? []).length >= 15);
      expect(logs).toMatch(/bootstrap ADMIN/i);
      expect(logs).not.toContain(nip);
      // Nor a recognisable part of it (birth date + TMT, the first 14 digits).
      expect(logs).not.toContain(nip.slice(0, 14));
      expect(errorCode(held)).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await stack.close();
    }
  });
});
