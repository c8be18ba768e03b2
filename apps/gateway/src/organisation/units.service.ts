import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@k360/database';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CreateUnitInput, MoveUnitInput, UpdateUnitInput } from './dto/unit.inputs';
import { UnitKind } from './models/enums';
import { Unit, UnitVersion } from './models/unit.model';
import { isUniqueViolation, OrgErrors } from './organisation.errors';
import { toUnit, UNIT_COLUMNS, UnitRow } from './organisation.mappers';

/**
 * The unit tree of an agency: create, rename, move and archive, each kept in unit_history and audited.
 * Who may change it (ADMIN) is declared on UnitsResolver with @Roles and decided by the AuthGuard
 * before input validation; this service keeps the agency boundary (other agencies' units: NOT_FOUND).
 */
@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A unit of the caller's agency, or NOT_FOUND (also for other agencies' units). */
  async get(actor: Actor, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<Unit> {
    const [row] = await m.query(`SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.id = $1 AND u.agency_id = $2 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
      actor.agencyId,
    ]);
    if (!row) throw OrgErrors.notFound('Unit');
    return toUnit(row);
  }

  async list(actor: Actor, parentId: string | null, includeArchived: boolean): Promise<Unit[]> {
    if (parentId) await this.get(actor, parentId);
    const rows: UnitRow[] = await this.ds.query(
      `SELECT ${UNIT_COLUMNS} FROM unit u
        WHERE u.agency_id = $1 AND ${parentId ? 'u.parent_id = $2' : 'u.parent_id IS NULL'} ${includeArchived ? '' : 'AND u.archived_at IS NULL'}
        ORDER BY u.name, u.id`,
      parentId ? [actor.agencyId, parentId] : [actor.agencyId],
    );
    return rows.map(toUnit);
  }

  async history(unitId: string): Promise<UnitVersion[]> {
    const rows = await this.ds.query(
      `SELECT name, parent_id, archived, valid_from, valid_to FROM unit_history WHERE unit_id = $1 ORDER BY valid_from, id`,
      [unitId],
    );
    return rows.map((r: { name: string; parent_id: string | null; archived: boolean; valid_from: Date; valid_to: Date | null }) => ({
      name: r.name,
      parentId: r.parent_id,
      archived: r.archived,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
  }

  async create(actor: Actor, input: CreateUnitInput, requestId?: string): Promise<Unit> {
    if (input.kind === UnitKind.AGENCY) throw OrgErrors.rootUnit('dibuat lagi (setiap instansi punya satu unit AGENCY)');
    if (!input.parentId) {
      throw new AppError('BAD_USER_INPUT', 'parentId wajib diisi: setiap unit berada di bawah unit lain.', [
        { field: 'parentId', reasons: ['required'] },
      ]);
    }
    return this.ds.transaction(async (m) => {
      const parent = await this.get(actor, input.parentId!, m, true);
      if (parent.archivedAt) throw OrgErrors.unitArchived();
      let row: UnitRow;
      try {
        [row] = await m.query(
          `INSERT INTO unit (agency_id, parent_id, name, kind) VALUES ($1, $2, $3, $4) RETURNING ${UNIT_COLUMNS.replace(/u\./g, '')}`,
          [actor.agencyId, parent.id, input.name.trim(), input.kind],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'unit_sibling_name_uq')) throw OrgErrors.duplicateUnitName();
        throw err;
      }
      const unit = toUnit(row);
      await this.writeHistory(m, unit, actor.id);
      await this.audit.forEmployee(actor, requestId).record(m, 'UNIT_CREATED', 'unit', unit.id, { after: snapshot(unit) });
      return unit;
    });
  }

  async update(actor: Actor, input: UpdateUnitInput, requestId?: string): Promise<Unit> {
    return this.change(actor, input.id, 'UNIT_UPDATED', requestId, async (m, before) => {
      if (input.kind && (before.kind === UnitKind.AGENCY) !== (input.kind === UnitKind.AGENCY)) throw OrgErrors.rootUnit('berganti jenis');
      await m.query(`UPDATE unit SET name = coalesce($2, name), kind = coalesce($3, kind), updated_at = now() WHERE id = $1`, [
        before.id,
        input.name?.trim() ?? null,
        input.kind ?? null,
      ]);
    });
  }

  async move(actor: Actor, input: MoveUnitInput, requestId?: string): Promise<Unit> {
    return this.change(actor, input.id, 'UNIT_MOVED', requestId, async (m, before) => {
      if (!before.parentId) throw OrgErrors.rootUnit('dipindahkan');
      const parent = await this.get(actor, input.parentId, m);
      if (parent.archivedAt) throw OrgErrors.unitArchived();
      const [cycle] = await m.query(
        `WITH RECURSIVE up AS (
           SELECT id, parent_id FROM unit WHERE id = $1
           UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
         ) SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1`,
        [parent.id, before.id],
      );
      if (cycle) throw OrgErrors.unitCycle();
      await m.query(`UPDATE unit SET parent_id = $2, updated_at = now() WHERE id = $1`, [before.id, parent.id]);
    });
  }

  async archive(actor: Actor, id: string, requestId?: string): Promise<Unit> {
    return this.change(actor, id, 'UNIT_ARCHIVED', requestId, async (m, before) => {
      if (!before.parentId) throw OrgErrors.rootUnit('diarsipkan');
      if (before.archivedAt) throw OrgErrors.unitArchived();
      const [counts] = await m.query(
        `SELECT (SELECT count(*) FROM unit WHERE parent_id = $1 AND archived_at IS NULL)::int AS children,
                (SELECT count(*) FROM employee WHERE unit_id = $1 AND active)::int AS employees,
                (SELECT count(*) FROM service_point WHERE unit_id = $1 AND archived_at IS NULL)::int AS points`,
        [id],
      );
      if (counts.children) throw OrgErrors.unitNotEmpty('sub-unit aktif');
      if (counts.employees) throw OrgErrors.unitNotEmpty('pegawai aktif');
      if (counts.points) throw OrgErrors.unitNotEmpty('titik layanan aktif');
      await m.query(`UPDATE unit SET archived_at = now(), updated_at = now() WHERE id = $1`, [id]);
    });
  }

  /** Locks the unit, applies the change, records history and the audit row, returns the new state. */
  private change(
    actor: Actor,
    id: string,
    action: string,
    requestId: string | undefined,
    apply: (m: EntityManager, before: Unit) => Promise<void>,
  ) {
    return this.ds.transaction(async (m) => {
      const before = await this.get(actor, id, m, true);
      try {
        await apply(m, before);
      } catch (err) {
        if (isUniqueViolation(err, 'unit_sibling_name_uq')) throw OrgErrors.duplicateUnitName();
        throw err;
      }
      const after = await this.get(actor, id, m);
      await this.writeHistory(m, after, actor.id);
      await this.audit.forEmployee(actor, requestId).record(m, action, 'unit', id, { before: snapshot(before), after: snapshot(after) });
      return after;
    });
  }

  private async writeHistory(m: EntityManager, unit: Unit, actorId: string): Promise<void> {
    await m.query(`UPDATE unit_history SET valid_to = now() WHERE unit_id = $1 AND valid_to IS NULL`, [unit.id]);
    await m.query(
      `INSERT INTO unit_history (unit_id, name, parent_id, archived, valid_from, changed_by) VALUES ($1, $2, $3, $4, now(), $5)`,
      [unit.id, unit.name, unit.parentId, unit.archivedAt !== null, actorId],
    );
  }
}

function snapshot(u: Unit): Record<string, unknown> {
  return { name: u.name, kind: u.kind, parentId: u.parentId, archivedAt: u.archivedAt };
}
