import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AuditEntry } from './models/audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Roles('ADMIN')
  @Query(() => [AuditEntry], { description: "The agency's audit trail, newest first; filter by record, page with `before` (an entry id)." })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('entityType', { nullable: true }) entityType?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('before', { type: () => ID, nullable: true }) before?: string,
  ): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(first, 1), 200);
    const rows = await this.ds.query(
      `SELECT id, occurred_at, actor_id, actor_kind, action, entity_type, entity_id, before, after
         FROM audit_log
        WHERE agency_id = $1 AND ($2::text IS NULL OR entity_type = $2) AND ($3::text IS NULL OR entity_id = $3)
          AND ($4::bigint IS NULL OR id < $4)
        ORDER BY id DESC LIMIT ${limit}`,
      [actor.agencyId, entityType ?? null, entityId ?? null, before && /^\d+$/.test(before) ? before : null],
    );
    return rows.map((r: Record<string, any>) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      actorId: r.actor_id,
      actorKind: r.actor_kind,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    }));
  }
}
