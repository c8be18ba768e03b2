import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditScope, auditScope } from './audit-scope';
import { AuditRepository } from './repositories/audit.repository';

export type { AuditChange, AuditEntry, AuditScope } from './audit-scope';

/** Writes audit rows; pass the transaction's manager so the row commits or rolls back with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly auditLog: AuditRepository) {}

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
