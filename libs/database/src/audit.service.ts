import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditScope, auditScope } from './audit-scope';
import { AuditRepository } from './repositories/audit.repository';

export type { AuditChange, AuditEntry, AuditScope } from './audit-scope';

/**
 * Writes audit rows (through AuditRepository); pass the transaction's manager so the row commits or
 * rolls back with the change. Constructed with the DataSource, so scripts can `new` one too.
 */
@Injectable()
export class AuditService {
  private readonly auditLog: AuditRepository;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.auditLog = new AuditRepository(dataSource);
  }

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await this.auditLog.insert(entry, manager);
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
