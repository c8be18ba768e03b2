import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditScope, auditScope } from './audit-scope';
import { AuditLogEntity } from './entities/audit-log.entity';

export type { AuditChange, AuditEntry, AuditScope } from './audit-scope';

/** Writes audit rows; pass the transaction's manager so the row commits or rolls back with the change. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLogEntity, {
      actorId: entry.actorId,
      actorKind: entry.actorKind,
      agencyId: entry.agencyId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
      requestId: entry.requestId ?? null,
    });
  }

  /** Rows by an employee (the signed-in caller), in their agency. */
  forEmployee(employee: { id: string; agencyId: string }, requestId?: string | null): AuditScope {
    return auditScope((entry, m) => this.record(entry, m), {
      actorId: employee.id,
      actorKind: 'EMPLOYEE',
      agencyId: employee.agencyId,
      requestId,
    });
  }

  /** Rows by the system (no signed-in actor), e.g. a failed login or a reused refresh token. */
  forSystem(agencyId: string | null, requestId?: string | null): AuditScope {
    return auditScope((entry, m) => this.record(entry, m), { actorId: null, actorKind: 'SYSTEM', agencyId, requestId });
  }
}
