import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { RoleValue } from '@k360/database';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import { ROLES_KEY } from './auth.decorators';
import { AuthErrors } from './auth.errors';

/**
 * The staff login for plain HTTP routes (file downloads): the same `Authorization: Bearer` access
 * token as GraphQL, authenticated afresh on every request, and the same @Roles() declaration. A
 * guard runs before pipes, so who may call the route is decided before its query is validated.
 * No cookie is read: the staff page fetches the file with its token (no cross-site request can).
 */
@Injectable()
export class StaffHttpGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const header = String(req.headers.authorization ?? '');
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const actor = token ? await this.auth.authenticate(token) : null;
    if (!actor) throw AuthErrors.unauthenticated();
    req.actor = actor;
    const roles = this.reflector.getAllAndOverride<RoleValue[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (roles?.length && !roles.some((r) => actor.roles.includes(r))) throw AuthErrors.forbidden();
    return true;
  }
}

/** The caller StaffHttpGuard authenticated. */
export const HttpActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<Request & { actor: Actor }>().actor;
});
