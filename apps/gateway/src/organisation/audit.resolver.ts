import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { AuditLogService } from './audit-log.service';
import { AuditEntry } from './models/audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly entries: AuditLogService) {}

  @Roles('ADMIN')
  @Query(() => [AuditEntry], {
    description:
      "The agency's audit trail, newest first; filter by record, by actor and by day (`from`/`to`: YYYY-MM-DD, inclusive, the agency's time zone), page with `before` (an entry id).",
  })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('entityType', { nullable: true }) entityType?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('before', { type: () => ID, nullable: true }) before?: string,
    @Args('actorId', { type: () => ID, nullable: true, description: 'Only changes made by this employee.' }) actorId?: string,
    @Args('from', { nullable: true, description: 'YYYY-MM-DD: entries on or after this day (agency time zone).' }) from?: string,
    @Args('to', { nullable: true, description: 'YYYY-MM-DD: entries on or before this day (agency time zone).' }) to?: string,
  ): Promise<AuditEntry[]> {
    return this.entries.list(actor, { entityType, entityId, actorId, from, to, first, before });
  }

  @ResolveField(() => String, { nullable: true, description: 'The name of the employee who made the change (null: system or device).' })
  async actorName(@Parent() entry: AuditEntry, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (entry.actorKind !== 'EMPLOYEE' || !entry.actorId) return null;
    return (await ctx.loaders.employee.load(entry.actorId))?.name ?? null;
  }
}
