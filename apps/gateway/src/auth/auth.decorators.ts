import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RoleValue } from '@k360/database';
import type { Actor } from './actor';

export const PUBLIC_KEY = 'k360:public';
export const ROLES_KEY = 'k360:roles';

/** The operation needs no staff login (login itself, citizen submissions). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The caller must hold at least one of these roles; finer rules live in each feature's policy. */
export const Roles = (...roles: RoleValue[]) => SetMetadata(ROLES_KEY, roles);

/** The authenticated caller (set by the AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return GqlExecutionContext.create(ctx).getContext().req.actor;
});
