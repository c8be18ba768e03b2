import { AuditLogEntity } from './audit-log.entity';
import { AgencyEntity } from './agency.entity';
import { UnitEntity, UnitHistoryEntity } from './unit.entity';
import { EmployeeAssignmentEntity, EmployeeEntity } from './employee.entity';
import { ServicePointEntity, ServicePointStaffEntity } from './service-point.entity';
import { AuthSessionEntity, LoginFailureEntity } from './auth-session.entity';

export * from './audit-log.entity';
export * from './agency.entity';
export * from './unit.entity';
export * from './employee.entity';
export * from './service-point.entity';
export * from './auth-session.entity';

/** Every TypeORM entity of the product; the data source and the migration generator use this list. */
export const ENTITIES = [
  AuditLogEntity,
  AgencyEntity,
  UnitEntity,
  UnitHistoryEntity,
  EmployeeEntity,
  EmployeeAssignmentEntity,
  ServicePointEntity,
  ServicePointStaffEntity,
  AuthSessionEntity,
  LoginFailureEntity,
];
