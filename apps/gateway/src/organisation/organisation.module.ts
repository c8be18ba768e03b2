import { Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';
import { AuditResolver } from './audit.resolver';
import { EmployeesResolver } from './employees.resolver';
import { EmployeesService } from './employees.service';
import { OrganisationPolicy } from './organisation.policy';
import { ServicePointsResolver } from './service-points.resolver';
import { ServicePointsService } from './service-points.service';
import { UnitsResolver } from './units.resolver';
import { UnitsService } from './units.service';

@Module({
  providers: [
    OrganisationPolicy,
    UnitsService,
    UnitsResolver,
    EmployeesService,
    EmployeesResolver,
    ServicePointsService,
    ServicePointsResolver,
    AuditLogService,
    AuditResolver,
  ],
  exports: [OrganisationPolicy, EmployeesService],
})
export class OrganisationModule {}
