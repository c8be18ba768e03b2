import { Injectable } from '@nestjs/common';
import { AuditLogRecord, AuditRepository } from '@k360/database';
import { Actor } from '../auth/actor';

/** Entries per page of the audit log: `first` is held to this range. */
export const AUDIT_LOG_PAGE = { min: 1, max: 200 } as const;

/** Reads the caller's agency's audit trail (ADMIN only; the resolver checks the role). */
@Injectable()
export class AuditLogService {
  constructor(private readonly auditLog: AuditRepository) {}

  /**
   * Newest first, optionally of one record (`entityType`, `entityId`), `first` entries (1 to 200)
   * older than the entry `before`; a `before` that is not an entry id is ignored.
   */
  async list(
    actor: Actor,
    filter: { entityType?: string | null; entityId?: string | null; first: number; before?: string | null },
  ): Promise<AuditLogRecord[]> {
    return this.auditLog.list(actor.agencyId, {
      entityType: filter.entityType ?? null,
      entityId: filter.entityId ?? null,
      beforeId: filter.before && /^\d+$/.test(filter.before) ? filter.before : null,
      limit: Math.min(Math.max(filter.first, AUDIT_LOG_PAGE.min), AUDIT_LOG_PAGE.max),
    });
  }
}
