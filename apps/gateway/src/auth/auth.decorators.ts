import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RoleValue } from '@k360/database';
import type { Actor } from './actor';

export const PUBLIC_KEY = 'k360:public';
export const ROLES_KEY = 'k360:roles';

/** The operation needs no staff login (login itself, citizen submissions). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The caller must hold at least one of these roles: the one way an operation declares the role it
 * needs (on the resolver method, next to @Query/@Mutation). The AuthGuard decides it before any
 * pipe runs, so a caller without the role gets FORBIDDEN whatever the input and learns nothing of
 * the input rules. Rules that need the record (which supervisor, which service point, which agency)
 * live in the feature's policy (OrganisationPolicy, RoundsPolicy, PublicRatingsPolicy).
 * test/security/policy-before-validation.e2e-spec.ts lists every operation with its decision.
 */
export const Roles = (...roles: RoleValue[]) => SetMetadata(ROLES_KEY, roles);

/** The authenticated caller (set by the AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return GqlExecutionContext.create(ctx).getContext().req.actor;
});
