import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SessionsRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { uniqueNip } from '../support/org-fixtures';
import { randomId } from '../support/test-env';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

/** SessionsRepository against the real PostgreSQL: sessions, refresh-token rotation and reuse, credentials. */
describe('SessionsRepository', () => {
  let ds: DataSource;
  let repo: SessionsRepository;
  let agencyId: string;
  let unitId: string;

  const employee = async (opts: { active?: boolean; hash?: string | null; roles?: string[] } = {}) => {
    const nip = uniqueNip();
    const [row] = await ds.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles, active, password_hash)
       VALUES ($1, $2, 'Pegawai Uji', 'Analis', $3, $4, $5, $6) RETURNING id`,
      [agencyId, nip, unitId, opts.roles ?? ['EMPLOYEE'], opts.active ?? true, opts.hash === undefined ? 'argon-hash' : opts.hash],
    );
    return { id: row.id as string, nip };
  };
  const session = async (id: string) =>
    (
      await ds.query(`SELECT refresh_token_hash, revoked_at, expires_at, created_at, last_used_at FROM auth_session WHERE id = $1`, [id])
    )[0];
  const hash = () => `hash-${randomId(8)}`;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new SessionsRepository(ds);
    [{ id: agencyId }] = await ds.query(`INSERT INTO agency (name) VALUES ($1) RETURNING id`, [`Instansi Sesi ${randomId(4)}`]);
    [{ id: unitId }] = await ds.query(`INSERT INTO unit (agency_id, name, kind) VALUES ($1, 'Instansi', 'AGENCY') RETURNING id`, [
      agencyId,
    ]);
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  describe('credentials', () => {
    it('finds an employee by NIP or id with the password hash and active flag; unknown ones are null', async () => {
      const e = await employee({ hash: 'the-hash' });
      const off = await employee({ active: false, hash: null });
      const expected = { employeeId: e.id, agencyId, active: true, passwordHash: 'the-hash' };
      expect(await repo.findCredentialsByNip(e.nip)).toEqual(expected);
      expect(await repo.findCredentialsById(e.id)).toEqual(expected);
      expect(await repo.findCredentialsByNip(off.nip)).toEqual({ employeeId: off.id, agencyId, active: false, passwordHash: null });
      expect(await repo.findCredentialsByNip(uniqueNip())).toBeNull();
      expect(await repo.findCredentialsById(randomUUID())).toBeNull();
    });
  });

  describe('sessions', () => {
    it('revokeSessions ends only that employee’s open sessions, in the caller transaction', async () => {
      const e = await employee();
      const colleague = await employee();
      const mine = await repo.open(e.id, hash(), 14);
      const theirs = await repo.open(colleague.id, hash(), 14);
      await ds
        .transaction(async (m) => {
          await repo.revokeSessions(e.id, m);
          throw new Error('rollback');
        })
        .catch(() => undefined);
      expect((await session(mine)).revoked_at).toBeNull();
      await repo.revokeSessions(e.id);
      expect((await session(mine)).revoked_at).toBeInstanceOf(Date);
      expect((await session(theirs)).revoked_at).toBeNull();
    });

    it('open creates a live session expiring ttlDays after its creation', async () => {
      const e = await employee();
      const h = hash();
      const id = await repo.open(e.id, h, 14);
      const row = await session(id);
      expect(row.refresh_token_hash).toBe(h);
      expect(row.revoked_at).toBeNull();
      expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(14 * 86_400_000);
    });

    it('rotate swaps a live session current hash; the old one rotates nothing any more', async () => {
      const e = await employee();
      const first = hash();
      const second = hash();
      const id = await repo.open(e.id, first, 30);
      expect(await repo.rotate(first, second)).toEqual({ sessionId: id, employeeId: e.id, agencyId });
      expect((await session(id)).refresh_token_hash).toBe(second);
      expect(await repo.rotate(first, hash())).toBeNull();
      expect((await session(id)).refresh_token_hash).toBe(second);
    });

    it('rotate refuses revoked or expired sessions and inactive employees', async () => {
      const e = await employee();
      const revoked = hash();
      await repo.revoke(await repo.open(e.id, revoked, 30));
      expect(await repo.rotate(revoked, hash())).toBeNull();

      const expired = hash();
      const expiredId = await repo.open(e.id, expired, 30);
      await ds.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiredId]);
      expect(await repo.rotate(expired, hash())).toBeNull();

      const off = await employee();
      const offHash = hash();
      await repo.open(off.id, offHash, 30);
      await ds.query(`UPDATE employee SET active = false WHERE id = $1`, [off.id]);
      expect(await repo.rotate(offHash, hash())).toBeNull();
    });

    it('a remembered rotated token revokes its whole family once; unknown tokens revoke nothing', async () => {
      const e = await employee();
      const first = hash();
      const second = hash();
      const id = await repo.open(e.id, first, 30);
      await ds.transaction(async (m) => {
        expect(await repo.rotate(first, second, m)).not.toBeNull();
        await repo.rememberRotated(first, id, m);
      });
      expect(await repo.revokeFamilyOfRotated(hash())).toBeNull();
      expect((await session(id)).revoked_at).toBeNull();
      expect(await repo.revokeFamilyOfRotated(first)).toEqual({ sessionId: id, employeeId: e.id, agencyId });
      expect((await session(id)).revoked_at).toBeInstanceOf(Date);
      // The family is revoked: its newest token is refused too, and a second reuse reports nothing.
      expect(await repo.rotate(second, hash())).toBeNull();
      expect(await repo.revokeFamilyOfRotated(first)).toBeNull();
    });

    it('pruneRotated drops the rotated tokens of ended sessions only', async () => {
      const e = await employee();
      const live = await repo.open(e.id, hash(), 30);
      const ended = await repo.open(e.id, hash(), 30);
      const expired = await repo.open(e.id, hash(), 30);
      const liveToken = hash();
      const endedToken = hash();
      const expiredToken = hash();
      await repo.rememberRotated(liveToken, live);
      await repo.rememberRotated(endedToken, ended);
      await repo.rememberRotated(expiredToken, expired);
      await repo.revoke(ended);
      await ds.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired]);
      expect(await repo.pruneRotated()).toBeGreaterThanOrEqual(2);
      const left = await ds.query(`SELECT token_hash FROM auth_rotated_refresh_token WHERE token_hash = ANY($1::text[])`, [
        [liveToken, endedToken, expiredToken],
      ]);
      expect(left.map((r: { token_hash: string }) => r.token_hash)).toEqual([liveToken]);
    });

    it('revoke ends one session and keeps its first revocation time; revokeOthers spares the kept one', async () => {
      const e = await employee();
      const other = await employee();
      const [a, b, c] = [await repo.open(e.id, hash(), 30), await repo.open(e.id, hash(), 30), await repo.open(e.id, hash(), 30)];
      const theirs = await repo.open(other.id, hash(), 30);
      await repo.revoke(a);
      const firstRevocation = (await session(a)).revoked_at;
      await repo.revoke(a);
      expect((await session(a)).revoked_at).toEqual(firstRevocation);

      await repo.revokeOthers(e.id, c);
      expect((await session(b)).revoked_at).toBeInstanceOf(Date);
      expect((await session(c)).revoked_at).toBeNull();
      expect((await session(theirs)).revoked_at).toBeNull();
      expect((await session(a)).revoked_at).toEqual(firstRevocation);
    });
  });

  describe('findActor', () => {
    it('returns the employee of a live session, and null for a revoked one, another employee, or an inactive employee', async () => {
      const e = await employee({ roles: ['ADMIN', 'EMPLOYEE'] });
      const id = await repo.open(e.id, hash(), 30);
      expect(await repo.findActor(id, e.id)).toEqual({
        employeeId: e.id,
        agencyId,
        nip: e.nip,
        name: 'Pegawai Uji',
        roles: ['ADMIN', 'EMPLOYEE'],
      });
      const other = await employee();
      expect(await repo.findActor(id, other.id)).toBeNull();

      await ds.query(`UPDATE employee SET active = false WHERE id = $1`, [e.id]);
      expect(await repo.findActor(id, e.id)).toBeNull();
      await ds.query(`UPDATE employee SET active = true WHERE id = $1`, [e.id]);
      expect(await repo.findActor(id, e.id)).not.toBeNull();

      await repo.revoke(id);
      expect(await repo.findActor(id, e.id)).toBeNull();
    });

    it('returns null once the session expired', async () => {
      const e = await employee();
      const id = await repo.open(e.id, hash(), 30);
      await ds.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
      expect(await repo.findActor(id, e.id)).toBeNull();
    });
  });
});
