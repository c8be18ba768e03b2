import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/auth.decorators';
import { PublicTransparency } from './transparency.models';
import { TransparencyService } from './transparency.service';

@Resolver(() => PublicTransparency)
export class TransparencyResolver {
  constructor(private readonly transparency: TransparencyService) {}

  @Public()
  @Query(() => PublicTransparency, {
    description:
      'Public (no login; the page /transparansi/<agencyId>): every unit’s latest IKM, mutu and trend, and the published follow-up actions. No staff names, no comments, no respondent data. Cached in the gateway for PUBLIC_CACHE_SECONDS. NOT_FOUND for an unknown agency.',
  })
  publicTransparency(@Args('agencyId', { type: () => ID }) agencyId: string) {
    return this.transparency.publicTransparency(agencyId);
  }
}
