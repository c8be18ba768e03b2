import type { EntityManager } from 'typeorm';
import { AuditAuthor, AuditEntry, auditScope } from './audit-scope';

// A scope only builds the entry that call sites used to write by hand and hands it, with the
// caller's manager, to AuditService.record (whose rows the e2e tests read back from audit_log).
// Here the write is observed, not run.
describe('auditScope', () => {
  const manager = {} as EntityManager;
  const setup = () => {
    const calls: Array<[AuditEntry, EntityManager]> = [];
    const scope = (author: AuditAuthor) => auditScope(async (entry, m) => void calls.push([entry, m]), author);
    const audit = {
      forEmployee: (e: { id: string; agencyId: string }, requestId?: string) =>
        scope({ actorId: e.id, actorKind: 'EMPLOYEE', agencyId: e.agencyId, requestId }),
      forSystem: (agencyId: string, requestId?: string) => scope({ actorId: null, actorKind: 'SYSTEM', agencyId, requestId }),
    };
    return { audit, calls };
  };

  it('an employee scope fills actor, agency and request id, and passes the given manager', async () => {
    const { audit, calls } = setup();
    await audit
      .forEmployee({ id: 'e1', agencyId: 'a1' }, 'req-1')
      .record(manager, 'UNIT_UPDATED', 'unit', 'u1', { before: { name: 'x' }, after: { name: 'y' } });
    expect(calls).toEqual([
      [
        {
          actorId: 'e1',
          actorKind: 'EMPLOYEE',
          agencyId: 'a1',
          action: 'UNIT_UPDATED',
          entityType: 'unit',
          entityId: 'u1',
          before: { name: 'x' },
          after: { name: 'y' },
          requestId: 'req-1',
        },
        manager,
      ],
    ]);
    expect(calls[0][1]).toBe(manager);
  });

  it('a system scope has no actor; a missing change leaves before and after unset', async () => {
    const { audit, calls } = setup();
    await audit.forSystem('a1', undefined).record(manager, 'LOGIN_FAILED', 'employee', null);
    const [entry] = calls[0];
    expect(entry).toMatchObject({ actorId: null, actorKind: 'SYSTEM', agencyId: 'a1', action: 'LOGIN_FAILED', entityId: null });
    expect(entry.before ?? null).toBeNull();
    expect(entry.after ?? null).toBeNull();
    expect(entry.requestId ?? null).toBeNull();
  });

  it('a scope can be reused for several rows', async () => {
    const { audit, calls } = setup();
    const scope = audit.forEmployee({ id: 'e1', agencyId: 'a1' }, 'req-1');
    await scope.record(manager, 'A', 't', '1');
    await scope.record(manager, 'B', 't', '2', { after: { n: 2 } });
    expect(calls.map(([e]) => [e.action, e.entityId, e.after ?? null])).toEqual([
      ['A', '1', null],
      ['B', '2', { n: 2 }],
    ]);
  });
});
