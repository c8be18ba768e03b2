import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RoleValue } from '@k360/database';
import { AuthService } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { AuthErrors } from './auth.errors';

/**
 * Every GraphQL operation needs a valid staff token unless marked @Public(); @Roles() narrows it.
 * Guards run before pipes: authentication and the role are decided before the ValidationPipe sees
 * the input. HTTP routes (health, QR codes, the queue dashboard with its own check) are public here.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = GqlExecutionContext.create(context).getContext().req;
    if (!req.actor) {
      const header = String(req.headers?.authorization ?? '');
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      const actor = token ? await this.auth.authenticate(token) : null;
      if (!actor) throw AuthErrors.unauthenticated();
      req.actor = actor;
    }
    const roles = this.reflector.getAllAndOverride<RoleValue[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !roles.some((r) => req.actor.roles.includes(r))) throw AuthErrors.forbidden();
    return true;
  }
}
