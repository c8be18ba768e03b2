import { Injectable } from '@nestjs/common';
import { AuditLogRecord, AuditRepository } from '@k360/database';
import { Actor } from '../auth/actor';
import { invalidField } from '../common/app-error';

/** Entries per page of the audit log: `first` is held to this range. */
export const AUDIT_LOG_PAGE = { min: 1, max: 200 } as const;

/** Reads the caller's agency's audit trail (ADMIN only; the resolver checks the role). */
@Injectable()
export class AuditLogService {
  constructor(private readonly auditLog: AuditRepository) {}

  /**
   * Newest first, optionally of one record (`entityType`, `entityId`), of one actor (`actorId`),
   * from one day to another (`from`, `to`: YYYY-MM-DD, inclusive, in the agency's time zone),
   * `first` entries (1 to 200) older than the entry `before`; a `before` that is not an entry id is
   * ignored. A day that is not a real YYYY-MM-DD date, or `to` before `from`, is BAD_USER_INPUT.
   */
  async list(
    actor: Actor,
    filter: {
      entityType?: string | null;
      entityId?: string | null;
      actorId?: string | null;
      from?: string | null;
      to?: string | null;
      first: number;
      before?: string | null;
    },
  ): Promise<AuditLogRecord[]> {
    const fromDay = auditDay('from', filter.from);
    const toDay = auditDay('to', filter.to);
    if (fromDay && toDay && toDay < fromDay) throw AuditLogErrors.reversedRange();
    return this.auditLog.list(actor.agencyId, {
      entityType: filter.entityType ?? null,
      entityId: filter.entityId ?? null,
      actorId: filter.actorId ?? null,
      fromDay,
      toDay,
      beforeId: filter.before && /^\d+$/.test(filter.before) ? filter.before : null,
      limit: Math.min(Math.max(filter.first, AUDIT_LOG_PAGE.min), AUDIT_LOG_PAGE.max),
    });
  }
}

/** The reasons (`extensions.details[].reasons`) the audit log's day filters may give. */
export const AUDIT_DAY_REASONS = { invalidDate: 'INVALID_DATE', reversedRange: 'RANGE_REVERSED' } as const;

const AuditLogErrors = {
  invalidDay: (field: 'from' | 'to') =>
    invalidField(
      field,
      `${field} harus tanggal YYYY-MM-DD yang valid. / ${field} must be a valid YYYY-MM-DD date.`,
      AUDIT_DAY_REASONS.invalidDate,
    ),
  reversedRange: () => invalidField('to', 'Tanggal akhir sebelum tanggal awal. / `to` is before `from`.', AUDIT_DAY_REASONS.reversedRange),
};

/** A YYYY-MM-DD calendar day (checked: 2026-02-30 is refused), or null when not given. */
function auditDay(field: 'from' | 'to', value: string | null | undefined): string | null {
  if (value == null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) throw AuditLogErrors.invalidDay(field);
  return value;
}
