import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, UNIT_SIBLING_NAME_UQ, UnitLock, UnitsRepository } from '@k360/database';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CreateUnitInput, MoveUnitInput, UpdateUnitInput } from './dto/unit.inputs';
import { UnitKind } from './models/enums';
import { Unit, UnitVersion } from './models/unit.model';
import { isUniqueViolation, OrgErrors } from './organisation.errors';
import { toUnit } from './organisation.mappers';

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
    private readonly units: UnitsRepository,
  ) {}

  /** A unit of the caller's agency, or NOT_FOUND (also for other agencies' units). */
  async get(actor: Actor, id: string, m: EntityManager = this.ds.manager, lock?: UnitLock): Promise<Unit> {
    const unit = await this.units.findInAgency(actor.agencyId, id, lock, m);
    if (!unit) throw OrgErrors.notFound('Unit');
    return toUnit(unit);
  }

  async list(actor: Actor, parentId: string | null, includeArchived: boolean): Promise<Unit[]> {
    if (parentId) await this.get(actor, parentId);
    return (await this.units.listChildren(actor.agencyId, parentId, includeArchived)).map(toUnit);
  }

  async history(unitId: string): Promise<UnitVersion[]> {
    return this.units.history(unitId);
  }

  async create(actor: Actor, input: CreateUnitInput, requestId?: string): Promise<Unit> {
    if (input.kind === UnitKind.AGENCY) throw OrgErrors.rootUnit('dibuat lagi (setiap instansi punya satu unit AGENCY)');
    if (!input.parentId) {
      throw new AppError('BAD_USER_INPUT', 'parentId wajib diisi: setiap unit berada di bawah unit lain.', [
        { field: 'parentId', reasons: ['required'] },
      ]);
    }
    return this.ds.transaction(async (m) => {
      const parent = await this.get(actor, input.parentId!, m, 'update');
      if (parent.archivedAt) throw OrgErrors.unitArchived();
      let unit: Unit;
      try {
        unit = toUnit(
          await this.units.insert({ agencyId: actor.agencyId, parentId: parent.id, name: input.name.trim(), kind: input.kind }, m),
        );
      } catch (err) {
        if (isUniqueViolation(err, UNIT_SIBLING_NAME_UQ)) throw OrgErrors.duplicateUnitName();
        throw err;
      }
      await this.units.recordVersion(unit, actor.id, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'UNIT_CREATED', 'unit', unit.id, { after: snapshot(unit) });
      return unit;
    });
  }

  async update(actor: Actor, input: UpdateUnitInput, requestId?: string): Promise<Unit> {
    return this.change(actor, input.id, 'UNIT_UPDATED', requestId, async (m, before) => {
      if (input.kind && (before.kind === UnitKind.AGENCY) !== (input.kind === UnitKind.AGENCY)) throw OrgErrors.rootUnit('berganti jenis');
      await this.units.update(before.id, { name: input.name?.trim() ?? null, kind: input.kind ?? null }, m);
    });
  }

  async move(actor: Actor, input: MoveUnitInput, requestId?: string): Promise<Unit> {
    return this.change(actor, input.id, 'UNIT_MOVED', requestId, async (m, before) => {
      if (!before.parentId) throw OrgErrors.rootUnit('dipindahkan');
      const parent = await this.get(actor, input.parentId, m);
      if (parent.archivedAt) throw OrgErrors.unitArchived();
      if (await this.units.isWithin(parent.id, before.id, m)) throw OrgErrors.unitCycle();
      await this.units.setParent(before.id, parent.id, m);
    });
  }

  async archive(actor: Actor, id: string, requestId?: string): Promise<Unit> {
    return this.change(actor, id, 'UNIT_ARCHIVED', requestId, async (m, before) => {
      if (!before.parentId) throw OrgErrors.rootUnit('diarsipkan');
      if (before.archivedAt) throw OrgErrors.unitArchived();
      const contents = await this.units.contents(id, m);
      if (contents.liveChildren) throw OrgErrors.unitNotEmpty('sub-unit aktif');
      if (contents.activeEmployees) throw OrgErrors.unitNotEmpty('pegawai aktif');
      if (contents.liveServicePoints) throw OrgErrors.unitNotEmpty('titik layanan aktif');
      await this.units.archive(id, m);
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
      const before = await this.get(actor, id, m, 'update');
      try {
        await apply(m, before);
      } catch (err) {
        if (isUniqueViolation(err, UNIT_SIBLING_NAME_UQ)) throw OrgErrors.duplicateUnitName();
        throw err;
      }
      const after = await this.get(actor, id, m);
      await this.units.recordVersion(after, actor.id, m);
      await this.audit.forEmployee(actor, requestId).record(m, action, 'unit', id, { before: snapshot(before), after: snapshot(after) });
      return after;
    });
  }
}

function snapshot(u: Unit): Record<string, unknown> {
  return { name: u.name, kind: u.kind, parentId: u.parentId, archivedAt: u.archivedAt };
}
