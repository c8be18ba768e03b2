import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditRepository, AuditService } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { randomId } from '../support/test-env';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

/** AuditRepository (and AuditService on top of it) against the real PostgreSQL. */
describe('AuditRepository', () => {
  let ds: DataSource;
  let repo: AuditRepository;
  const newAgency = async (): Promise<string> =>
    (await ds.query(`INSERT INTO agency (name) VALUES ($1) RETURNING id`, [`Instansi Audit ${randomId(4)}`]))[0].id;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new AuditRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('insert writes every field; list reads them back camelCase', async () => {
    const agencyId = await newAgency();
    const actorId = randomUUID();
    await repo.insert({
      actorId,
      actorKind: 'EMPLOYEE',
      agencyId,
      action: 'UNIT_RENAMED',
      entityType: 'unit',
      entityId: 'u-1',
      before: { name: 'Lama', nested: { list: [1, 2] } },
      after: { name: 'Baru' },
      requestId: 'req-42',
    });
    const [entry] = await repo.list(agencyId, { limit: 10 });
    expect(entry).toEqual({
      id: expect.stringMatching(/^\d+$/),
      occurredAt: expect.any(Date),
      actorId,
      actorKind: 'EMPLOYEE',
      action: 'UNIT_RENAMED',
      entityType: 'unit',
      entityId: 'u-1',
      before: { name: 'Lama', nested: { list: [1, 2] } },
      after: { name: 'Baru' },
    });
    const [raw] = await ds.query(`SELECT request_id FROM audit_log WHERE id = $1`, [entry.id]);
    expect(raw.request_id).toBe('req-42');
  });

  it('insert stores absent before/after/request id as NULL (not JSON null)', async () => {
    const agencyId = await newAgency();
    await repo.insert({ actorId: null, actorKind: 'SYSTEM', agencyId, action: 'LOGIN_FAILED', entityType: 'employee', entityId: null });
    const [raw] = await ds.query(
      `SELECT before IS NULL AS no_before, after IS NULL AS no_after, request_id, actor_id FROM audit_log WHERE agency_id = $1`,
      [agencyId],
    );
    expect(raw).toEqual({ no_before: true, no_after: true, request_id: null, actor_id: null });
  });

  it('insert commits or rolls back with the caller transaction', async () => {
    const agencyId = await newAgency();
    const entry = { actorId: null, actorKind: 'SYSTEM' as const, agencyId, action: 'X_DONE', entityType: 'x', entityId: '1' };
    await ds
      .transaction(async (m) => {
        await repo.insert(entry, m);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await repo.list(agencyId, { limit: 10 })).toEqual([]);
    await ds.transaction((m) => repo.insert(entry, m));
    expect(await repo.list(agencyId, { limit: 10 })).toHaveLength(1);
  });

  it('list: newest first, one agency only, filtered by entity type and id, paged by beforeId and limit', async () => {
    const agencyId = await newAgency();
    const otherAgency = await newAgency();
    const add = (agency: string, entityType: string, entityId: string) =>
      repo.insert({ actorId: null, actorKind: 'SYSTEM', agencyId: agency, action: 'THING_CHANGED', entityType, entityId });
    await add(agencyId, 'unit', 'a');
    await add(agencyId, 'employee', 'b');
    await add(agencyId, 'unit', 'c');
    await add(otherAgency, 'unit', 'a');
    await add(agencyId, 'unit', 'a');

    const all = await repo.list(agencyId, { limit: 50 });
    expect(all.map((e) => `${e.entityType}:${e.entityId}`)).toEqual(['unit:a', 'unit:c', 'employee:b', 'unit:a']);
    const ids = all.map((e) => BigInt(e.id));
    expect([...ids].sort((x, y) => (x > y ? -1 : 1))).toEqual(ids);

    expect((await repo.list(agencyId, { entityType: 'unit', limit: 50 })).map((e) => e.entityId)).toEqual(['a', 'c', 'a']);
    expect((await repo.list(agencyId, { entityType: 'unit', entityId: 'a', limit: 50 })).map((e) => e.id)).toEqual([all[0].id, all[3].id]);
    expect((await repo.list(agencyId, { entityId: 'b', limit: 50 })).map((e) => e.id)).toEqual([all[2].id]);
    expect((await repo.list(agencyId, { limit: 2 })).map((e) => e.id)).toEqual([all[0].id, all[1].id]);
    expect((await repo.list(agencyId, { beforeId: all[1].id, limit: 50 })).map((e) => e.id)).toEqual([all[2].id, all[3].id]);
    expect((await repo.list(otherAgency, { limit: 50 })).map((e) => e.entityId)).toEqual(['a']);
  });

  it('AuditService scopes write through the repository with the author filled in', async () => {
    const agencyId = await newAgency();
    const audit = new AuditService(ds);
    const employeeId = randomUUID();
    await ds.transaction(async (m) => {
      await audit
        .forEmployee({ id: employeeId, agencyId }, 'req-e')
        .record(m, 'UNIT_CREATED', 'unit', 'u-9', { after: { name: 'Bidang' } });
      await audit.forSystem(agencyId, 'req-s').record(m, 'LOGIN_FAILED', 'employee', employeeId);
    });
    const rows = await ds.query(
      `SELECT actor_id, actor_kind, action, entity_id, after, request_id FROM audit_log WHERE agency_id = $1 ORDER BY id`,
      [agencyId],
    );
    expect(rows).toEqual([
      {
        actor_id: employeeId,
        actor_kind: 'EMPLOYEE',
        action: 'UNIT_CREATED',
        entity_id: 'u-9',
        after: { name: 'Bidang' },
        request_id: 'req-e',
      },
      { actor_id: null, actor_kind: 'SYSTEM', action: 'LOGIN_FAILED', entity_id: employeeId, after: null, request_id: 'req-s' },
    ]);
  });
});
