import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from './entities/audit-log.entity';

export interface AuditEntry {
  actorId: string | null;
  actorKind: 'SYSTEM' | 'EMPLOYEE' | 'DEVICE';
  agencyId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
}

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
}
