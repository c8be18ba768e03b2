import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@k360/database';
import { Actor } from '../auth/actor';
import { CreateServicePointInput, ServicePointStaffInput } from './dto/service-point.inputs';
import { ServicePoint } from './models/service-point.model';
import { isUniqueViolation, OrgErrors } from './organisation.errors';
import { SERVICE_POINT_COLUMNS, ServicePointRow, toServicePoint } from './organisation.mappers';
import { returning } from '../common/sql';

/**
 * Service points (titik layanan) of a unit and the employees who staff them. Who may change them
 * (ADMIN) is declared on ServicePointsResolver with @Roles and decided by the AuthGuard.
 */
@Injectable()
export class ServicePointsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, id: string): Promise<ServicePoint> {
    const [row] = await this.ds.query(`SELECT ${SERVICE_POINT_COLUMNS} FROM service_point sp WHERE sp.id = $1 AND sp.agency_id = $2`, [
      id,
      actor.agencyId,
    ]);
    if (!row) throw OrgErrors.notFound('Titik layanan');
    return toServicePoint(row);
  }

  async list(actor: Actor, unitId: string | undefined, includeSubunits: boolean, includeArchived: boolean): Promise<ServicePoint[]> {
    const params: unknown[] = [actor.agencyId];
    let unitFilter = '';
    if (unitId) {
      params.push(unitId);
      unitFilter = includeSubunits
        ? `AND sp.unit_id IN (WITH RECURSIVE sub AS (SELECT id FROM unit WHERE id = $2 AND agency_id = $1
             UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`
        : 'AND sp.unit_id = $2';
    }
    const rows: ServicePointRow[] = await this.ds.query(
      `SELECT ${SERVICE_POINT_COLUMNS} FROM service_point sp WHERE sp.agency_id = $1 ${unitFilter} ${includeArchived ? '' : 'AND sp.archived_at IS NULL'}
        ORDER BY sp.name, sp.id`,
      params,
    );
    return rows.map(toServicePoint);
  }

  async create(actor: Actor, input: CreateServicePointInput, requestId?: string): Promise<ServicePoint> {
    return this.ds.transaction(async (m) => {
      const [unit] = await m.query(`SELECT archived_at FROM unit WHERE id = $1 AND agency_id = $2 FOR SHARE`, [
        input.unitId,
        actor.agencyId,
      ]);
      if (!unit) throw OrgErrors.notFound('Unit');
      if (unit.archived_at) throw OrgErrors.unitArchived();
      let row: ServicePointRow;
      try {
        [row] = await m.query(
          `INSERT INTO service_point (agency_id, unit_id, name) VALUES ($1, $2, $3) RETURNING ${SERVICE_POINT_COLUMNS.replace(/sp\./g, '')}`,
          [actor.agencyId, input.unitId, input.name.trim()],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'service_point_name_uq')) throw OrgErrors.duplicateServicePoint();
        throw err;
      }
      const sp = toServicePoint(row);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'SERVICE_POINT_CREATED', 'service_point', sp.id, { after: { name: sp.name, unitId: sp.unitId } });
      return sp;
    });
  }

  async archive(actor: Actor, id: string, requestId?: string): Promise<ServicePoint> {
    const sp = await this.get(actor, id);
    if (sp.archivedAt) return sp;
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE service_point SET archived_at = now() WHERE id = $1`, [id]);
      await this.audit.forEmployee(actor, requestId).record(m, 'SERVICE_POINT_ARCHIVED', 'service_point', id);
    });
    return this.get(actor, id);
  }

  /** Adds an employee to the staff of a service point (idempotent). */
  async assignStaff(actor: Actor, input: ServicePointStaffInput, requestId?: string): Promise<ServicePoint> {
    const sp = await this.get(actor, input.servicePointId);
    if (sp.archivedAt) throw OrgErrors.notFound('Titik layanan');
    const [emp] = await this.ds.query(`SELECT active FROM employee WHERE id = $1 AND agency_id = $2`, [input.employeeId, actor.agencyId]);
    if (!emp) throw OrgErrors.notFound('Pegawai');
    if (!emp.active) throw OrgErrors.supervisorInactive();
    await this.ds.transaction(async (m) => {
      const rows = await m.query(
        `INSERT INTO service_point_staff (service_point_id, employee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING employee_id`,
        [sp.id, input.employeeId],
      );
      if (rows.length) {
        await this.audit
          .forEmployee(actor, requestId)
          .record(m, 'SERVICE_POINT_STAFF_ASSIGNED', 'service_point', sp.id, { after: { employeeId: input.employeeId } });
      }
    });
    return sp;
  }

  async removeStaff(actor: Actor, input: ServicePointStaffInput, requestId?: string): Promise<ServicePoint> {
    const sp = await this.get(actor, input.servicePointId);
    await this.ds.transaction(async (m) => {
      const removed = returning(
        await m.query(`DELETE FROM service_point_staff WHERE service_point_id = $1 AND employee_id = $2 RETURNING employee_id`, [
          sp.id,
          input.employeeId,
        ]),
      );
      if (removed.length) {
        await this.audit
          .forEmployee(actor, requestId)
          .record(m, 'SERVICE_POINT_STAFF_REMOVED', 'service_point', sp.id, { before: { employeeId: input.employeeId } });
      }
    });
    return sp;
  }
}
