import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FollowUpStatus } from '@k360/scoring';

/**
 * The follow-up plan (rencana tindak lanjut, issue 15): follow_up_action, every statement that
 * reads or writes it, and the period reads its rules need (the plan's period, the periods of the
 * same kind, the element NRRs stored by the worker).
 */

export interface FollowUpActionRecord {
  id: string;
  agencyId: string;
  servicePointId: string;
  periodId: string;
  elementCode: string;
  action: string;
  ownerId: string;
  /** YYYY-MM-DD */
  dueOn: string;
  status: FollowUpStatus;
  published: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface FollowUpFields {
  elementCode: string;
  action: string;
  ownerId: string;
  dueOn: string;
  status: FollowUpStatus;
  published: boolean;
}

export interface FollowUpPeriodRecord {
  id: string;
  agencyId: string;
  name: string;
  kind: string;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
}

/** A published action as the public sees it: no owner, no author. */
export interface PublishedFollowUpRecord {
  id: string;
  servicePointId: string;
  servicePointName: string;
  unitId: string;
  periodId: string;
  periodName: string;
  elementCode: string;
  action: string;
  dueOn: string;
  status: FollowUpStatus;
}

interface ActionRow {
  id: string;
  agency_id: string;
  service_point_id: string;
  period_id: string;
  element_code: string;
  action: string;
  owner_id: string;
  due_on: string;
  status: FollowUpStatus;
  published: boolean;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, agency_id, service_point_id, period_id, element_code, action, owner_id, due_on::text AS due_on, status, published, created_by, created_at, updated_at`;

const toAction = (r: ActionRow): FollowUpActionRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  servicePointId: r.service_point_id,
  periodId: r.period_id,
  elementCode: r.element_code,
  action: r.action,
  ownerId: r.owner_id,
  dueOn: r.due_on,
  status: r.status,
  published: r.published,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Rows of an `UPDATE/DELETE … RETURNING` through TypeORM's `query()`, which answers `[rows, affectedCount]` for those commands. */
function updated<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

@Injectable()
export class FollowUpRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A period of the agency, or null. */
  async findPeriod(agencyId: string, periodId: string, m: EntityManager = this.ds.manager): Promise<FollowUpPeriodRecord | null> {
    const [r] = await m.query(
      `SELECT id, agency_id, name, kind, starts_on::text AS starts_on, ends_on::text AS ends_on FROM period WHERE id = $1 AND agency_id = $2`,
      [periodId, agencyId],
    );
    return r ? { id: r.id, agencyId: r.agency_id, name: r.name, kind: r.kind, startsOn: r.starts_on, endsOn: r.ends_on } : null;
  }

  /** The agency's periods of a kind that start after `after` (YYYY-MM-DD), earliest first. */
  async periodsOfKindAfter(
    agencyId: string,
    kind: string,
    after: string,
    m: EntityManager = this.ds.manager,
  ): Promise<FollowUpPeriodRecord[]> {
    const rows = await m.query(
      `SELECT id, agency_id, name, kind, starts_on::text AS starts_on, ends_on::text AS ends_on FROM period
        WHERE agency_id = $1 AND kind = $2 AND starts_on > $3::date ORDER BY starts_on, id LIMIT 5`,
      [agencyId, kind, after],
    );
    return rows.map((r: Record<string, string>) => ({
      id: r.id,
      agencyId: r.agency_id,
      name: r.name,
      kind: r.kind,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
    }));
  }

  /** The stored NRR of each element of a service point in each listed period (periods without a row are left out). */
  async elementNrrs(
    servicePointId: string,
    periodIds: readonly string[],
    m: EntityManager = this.ds.manager,
  ): Promise<Map<string, Map<string, number | null>>> {
    const rows: Array<{ period_id: string; elements: Array<{ code: string; nrr: number | null }> }> = await m.query(
      `SELECT period_id, elements FROM satisfaction_aggregate WHERE service_point_id = $1 AND period_id = ANY($2::uuid[]) AND respondents > 0`,
      [servicePointId, periodIds],
    );
    return new Map(rows.map((r) => [r.period_id, new Map(r.elements.map((e) => [e.code, e.nrr]))]));
  }

  /** The actions of a service point in a period, oldest first. */
  async list(servicePointId: string, periodId: string, m: EntityManager = this.ds.manager): Promise<FollowUpActionRecord[]> {
    const rows: ActionRow[] = await m.query(
      `SELECT ${COLUMNS} FROM follow_up_action WHERE service_point_id = $1 AND period_id = $2 ORDER BY created_at, id`,
      [servicePointId, periodId],
    );
    return rows.map(toAction);
  }

  async count(servicePointId: string, periodId: string, m: EntityManager = this.ds.manager): Promise<number> {
    const [r] = await m.query(`SELECT count(*)::int AS n FROM follow_up_action WHERE service_point_id = $1 AND period_id = $2`, [
      servicePointId,
      periodId,
    ]);
    return r.n;
  }

  /** An action of the agency, or null; `lock` takes its row for update. */
  async find(agencyId: string, id: string, lock = false, m: EntityManager = this.ds.manager): Promise<FollowUpActionRecord | null> {
    const [r]: ActionRow[] = await m.query(
      `SELECT ${COLUMNS} FROM follow_up_action WHERE id = $1 AND agency_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [id, agencyId],
    );
    return r ? toAction(r) : null;
  }

  async insert(
    a: FollowUpFields & { agencyId: string; servicePointId: string; periodId: string; createdBy: string },
    m: EntityManager = this.ds.manager,
  ): Promise<FollowUpActionRecord> {
    const [r]: ActionRow[] = await m.query(
      `INSERT INTO follow_up_action (agency_id, service_point_id, period_id, element_code, action, owner_id, due_on, status, published, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10) RETURNING ${COLUMNS}`,
      [a.agencyId, a.servicePointId, a.periodId, a.elementCode, a.action, a.ownerId, a.dueOn, a.status, a.published, a.createdBy],
    );
    return toAction(r);
  }

  async update(id: string, f: FollowUpFields, m: EntityManager = this.ds.manager): Promise<FollowUpActionRecord> {
    const [r] = updated<ActionRow>(
      await m.query(
        `UPDATE follow_up_action SET element_code = $2, action = $3, owner_id = $4, due_on = $5::date, status = $6, published = $7, updated_at = now()
          WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, f.elementCode, f.action, f.ownerId, f.dueOn, f.status, f.published],
      ),
    );
    return toAction(r);
  }

  async delete(id: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    return updated<unknown>(await m.query(`DELETE FROM follow_up_action WHERE id = $1 RETURNING id`, [id])).length > 0;
  }

  /** The agency's published actions on live service points, by service point, period (newest first) and creation. */
  async published(agencyId: string, m: EntityManager = this.ds.manager): Promise<PublishedFollowUpRecord[]> {
    const rows = await m.query(
      `SELECT f.id, f.service_point_id, sp.name AS sp_name, sp.unit_id, f.period_id, p.name AS period_name, f.element_code, f.action,
              f.due_on::text AS due_on, f.status
         FROM follow_up_action f
         JOIN service_point sp ON sp.id = f.service_point_id AND sp.archived_at IS NULL
         JOIN period p ON p.id = f.period_id
        WHERE f.agency_id = $1 AND f.published
        ORDER BY sp.name, sp.id, p.starts_on DESC, f.created_at, f.id`,
      [agencyId],
    );
    return rows.map((r: Record<string, string>) => ({
      id: r.id,
      servicePointId: r.service_point_id,
      servicePointName: r.sp_name,
      unitId: r.unit_id,
      periodId: r.period_id,
      periodName: r.period_name,
      elementCode: r.element_code,
      action: r.action,
      dueOn: r.due_on,
      status: r.status as FollowUpStatus,
    }));
  }
}
