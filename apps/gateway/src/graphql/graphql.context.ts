import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { createOrganisationLoaders, OrganisationLoaders } from '../organisation/organisation.loaders';
import { createRoundLoaders, RoundLoaders } from '../rounds/rounds.loaders';
import { createWorkPlanLoaders, WorkPlanLoaders } from '../work-plans/work-plans.loaders';

/** Per-request state shared by resolvers: the request, its id, the caller, and fresh DataLoaders. */
export interface GraphQLContext {
  req: Request & { actor?: Actor };
  requestId: string | undefined;
  loaders: OrganisationLoaders;
  roundLoaders: RoundLoaders;
  workPlanLoaders: WorkPlanLoaders;
}

export function createGraphQLContext(req: Request, ds: DataSource): GraphQLContext {
  return {
    req,
    requestId: req.id !== undefined ? String(req.id) : undefined,
    loaders: createOrganisationLoaders(ds),
    roundLoaders: createRoundLoaders(ds),
    workPlanLoaders: createWorkPlanLoaders(ds),
  };
}
