import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  actorId: string | null;
  actorKind: 'SYSTEM' | 'EMPLOYEE' | 'DEVICE';
  agencyId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
}

/** What changed on the audited entity; both default to null. */
export interface AuditChange {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Audit rows attributed to one actor within one request: `forEmployee(actor, requestId)` or
 * `forSystem(agencyId, requestId)`, then one `record(...)` per row. The manager comes first and is
 * required, so each row is written in the transaction of the change it describes.
 */
export interface AuditScope {
  record(manager: EntityManager, action: string, entityType: string, entityId: string | null, change?: AuditChange): Promise<void>;
}

/** Who an audit row is attributed to, and the request it came from. */
export type AuditAuthor = Pick<AuditEntry, 'actorId' | 'actorKind' | 'agencyId' | 'requestId'>;

/** Builds the scope: each record() writes `author` plus the row's own fields through `write`. */
export function auditScope(write: (entry: AuditEntry, manager: EntityManager) => Promise<void>, author: AuditAuthor): AuditScope {
  return {
    record: (manager, action, entityType, entityId, change = {}) =>
      write(
        {
          actorId: author.actorId,
          actorKind: author.actorKind,
          agencyId: author.agencyId,
          action,
          entityType,
          entityId,
          before: change.before,
          after: change.after,
          requestId: author.requestId,
        },
        manager,
      ),
  };
}
