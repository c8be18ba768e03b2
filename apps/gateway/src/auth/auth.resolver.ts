import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql.context';
import { AuthPayload } from '../organisation/models/auth-payload.model';
import { EmployeesService } from '../organisation/employees.service';
import { Actor } from './actor';
import { CurrentActor, Public } from './auth.decorators';
import { AuthService, IssuedTokens } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly employees: EmployeesService,
  ) {}

  private async payload(tokens: IssuedTokens): Promise<AuthPayload> {
    const employee = (await this.employees.find(tokens.employeeId))!;
    return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresIn: tokens.expiresIn, employee };
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Password login with NIP. Repeated failures from one address, or for one NIP from addresses it has not used, answer TOO_MANY_ATTEMPTS with details.retryAfterSeconds.',
  })
  async login(@Args('nip') nip: string, @Args('password') password: string, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return this.payload(await this.auth.login(nip, password, ctx.req.ip ?? 'unknown', ctx.requestId));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for new tokens; the old refresh token stops working. Presenting an already used one ends the whole session (every token since that login).',
  })
  async refreshToken(@Args('refreshToken') refreshToken: string, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return this.payload(await this.auth.refresh(refreshToken, ctx.requestId));
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its access and refresh tokens stop working.' })
  async logout(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.auth.logout(actor);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the caller’s password and ends their other sessions.' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.changePassword(actor, currentPassword, newPassword, ctx.requestId);
    return true;
  }
}
