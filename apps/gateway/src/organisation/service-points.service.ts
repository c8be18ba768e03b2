import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, EmployeesRepository, SERVICE_POINT_NAME_UQ, ServicePointsRepository, UnitsRepository } from '@k360/database';
import { Actor } from '../auth/actor';
import { CreateServicePointInput, ServicePointStaffInput } from './dto/service-point.inputs';
import { ServicePoint } from './models/service-point.model';
import { isUniqueViolation, OrgErrors } from './organisation.errors';

/**
 * Service points (titik layanan) of a unit and the employees who staff them. Who may change them
 * (ADMIN) is declared on ServicePointsResolver with @Roles and decided by the AuthGuard.
 */
@Injectable()
export class ServicePointsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly servicePoints: ServicePointsRepository,
    private readonly units: UnitsRepository,
    private readonly employees: EmployeesRepository,
  ) {}

  async get(actor: Actor, id: string): Promise<ServicePoint> {
    const sp = await this.servicePoints.findInAgency(actor.agencyId, id);
    if (!sp) throw OrgErrors.notFound('Titik layanan');
    return sp;
  }

  async list(actor: Actor, unitId: string | undefined, includeSubunits: boolean, includeArchived: boolean): Promise<ServicePoint[]> {
    return this.servicePoints.list({ agencyId: actor.agencyId, unitId, includeSubunits, includeArchived });
  }

  async create(actor: Actor, input: CreateServicePointInput, requestId?: string): Promise<ServicePoint> {
    return this.ds.transaction(async (m) => {
      // FOR SHARE: the unit cannot be archived while the point is being added to it.
      const unit = await this.units.findInAgency(actor.agencyId, input.unitId, 'share', m);
      if (!unit) throw OrgErrors.notFound('Unit');
      if (unit.archivedAt) throw OrgErrors.unitArchived();
      let sp: ServicePoint;
      try {
        sp = await this.servicePoints.insert({ agencyId: actor.agencyId, unitId: input.unitId, name: input.name.trim() }, m);
      } catch (err) {
        if (isUniqueViolation(err, SERVICE_POINT_NAME_UQ)) throw OrgErrors.duplicateServicePoint();
        throw err;
      }
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
      await this.servicePoints.archive(id, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'SERVICE_POINT_ARCHIVED', 'service_point', id);
    });
    return this.get(actor, id);
  }

  /** Adds an employee to the staff of a service point (idempotent). */
  async assignStaff(actor: Actor, input: ServicePointStaffInput, requestId?: string): Promise<ServicePoint> {
    const sp = await this.get(actor, input.servicePointId);
    if (sp.archivedAt) throw OrgErrors.notFound('Titik layanan');
    const emp = await this.employees.findInAgency(actor.agencyId, input.employeeId);
    if (!emp) throw OrgErrors.notFound('Pegawai');
    if (!emp.active) throw OrgErrors.supervisorInactive();
    await this.ds.transaction(async (m) => {
      if (await this.servicePoints.addStaff(sp.id, input.employeeId, m)) {
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
      if (await this.servicePoints.removeStaff(sp.id, input.employeeId, m)) {
        await this.audit
          .forEmployee(actor, requestId)
          .record(m, 'SERVICE_POINT_STAFF_REMOVED', 'service_point', sp.id, { before: { employeeId: input.employeeId } });
      }
    });
    return sp;
  }
}
