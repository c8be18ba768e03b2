import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AuditLogService } from './audit-log.service';
import { AuditEntry } from './models/audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly entries: AuditLogService) {}

  @Roles('ADMIN')
  @Query(() => [AuditEntry], { description: "The agency's audit trail, newest first; filter by record, page with `before` (an entry id)." })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('entityType', { nullable: true }) entityType?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('before', { type: () => ID, nullable: true }) before?: string,
  ): Promise<AuditEntry[]> {
    return this.entries.list(actor, { entityType, entityId, first, before });
  }
}
