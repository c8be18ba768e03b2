import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry } from '../audit-scope';

/** One row of an agency's audit trail, as the audit log shows it. */
export interface AuditLogRecord {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorKind: AuditEntry['actorKind'];
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Which rows of an agency's trail to read: newest first, `limit` of them, ids below `beforeId`. */
export interface AuditLogFilter {
  entityType?: string | null;
  entityId?: string | null;
  /** Only changes made by this employee (or device) id. */
  actorId?: string | null;
  /** YYYY-MM-DD: only entries on or after this day, in the agency's time zone. */
  fromDay?: string | null;
  /** YYYY-MM-DD: only entries on or before this day, in the agency's time zone. */
  toDay?: string | null;
  /** An entry id (digits): only older entries. */
  beforeId?: string | null;
  limit: number;
}

interface AuditLogRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_kind: AuditEntry['actorKind'];
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const json = (v: Record<string, unknown> | null | undefined): string | null => (v == null ? null : JSON.stringify(v));

/**
 * The audit trail (`audit_log`): who did what to which record, with the state before and after.
 * Append-only (a trigger refuses UPDATE and DELETE). Rows are written through AuditService, inside
 * the transaction of the change they describe.
 */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Appends one row. Pass the transaction's manager so it commits or rolls back with the change. */
  async insert(entry: AuditEntry, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (actor_id, actor_kind, agency_id, action, entity_type, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
      [
        entry.actorId,
        entry.actorKind,
        entry.agencyId,
        entry.action,
        entry.entityType,
        entry.entityId,
        json(entry.before),
        json(entry.after),
        entry.requestId ?? null,
      ],
    );
  }

  /**
   * The agency's rows, newest first, optionally of one entity type and/or entity id, of one actor,
   * between two days (inclusive, the agency's local days), older than `beforeId`.
   */
  async list(agencyId: string, filter: AuditLogFilter, m: EntityManager = this.ds.manager): Promise<AuditLogRecord[]> {
    const rows = (await m.query(
      `SELECT l.id, l.occurred_at, l.actor_id, l.actor_kind, l.action, l.entity_type, l.entity_id, l.before, l.after
         FROM audit_log l
         JOIN agency a ON a.id = l.agency_id
        WHERE l.agency_id = $1 AND ($2::text IS NULL OR l.entity_type = $2) AND ($3::text IS NULL OR l.entity_id = $3)
          AND ($4::bigint IS NULL OR l.id < $4)
          AND ($6::uuid IS NULL OR l.actor_id = $6)
          AND ($7::date IS NULL OR l.occurred_at >= ($7::date::timestamp AT TIME ZONE a.time_zone))
          AND ($8::date IS NULL OR l.occurred_at < (($8::date + 1)::timestamp AT TIME ZONE a.time_zone))
        ORDER BY l.id DESC LIMIT $5`,
      [
        agencyId,
        filter.entityType ?? null,
        filter.entityId ?? null,
        filter.beforeId ?? null,
        filter.limit,
        filter.actorId ?? null,
        filter.fromDay ?? null,
        filter.toDay ?? null,
      ],
    )) as AuditLogRow[];
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      actorId: r.actor_id,
      actorKind: r.actor_kind,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    }));
  }
}
