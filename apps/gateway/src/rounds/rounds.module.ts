import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { ScoringPoliciesModule } from '../scoring-policies/scoring-policies.module';
import { InstrumentResolver, ReviewerAssignmentResolver, RoundsResolver } from './rounds.resolver';
import { RoundsPolicy } from './rounds.policy';
import { RoundsService } from './rounds.service';

@Module({
  imports: [OrganisationModule, ScoringPoliciesModule],
  providers: [RoundsPolicy, RoundsService, RoundsResolver, ReviewerAssignmentResolver, InstrumentResolver],
})
export class RoundsModule {}
