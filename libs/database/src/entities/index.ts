import { AuditLogEntity } from './audit-log.entity';

export { AuditLogEntity };

/** Every TypeORM entity of the product; the data source and the migration generator use this list. */
export const ENTITIES = [AuditLogEntity];
