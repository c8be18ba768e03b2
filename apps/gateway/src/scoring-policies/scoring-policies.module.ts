import { Module } from '@nestjs/common';
import { ScoringPoliciesResolver } from './scoring-policies.resolver';
import { ScoringPoliciesService } from './scoring-policies.service';

/** Scoring policies per agency (issue 13); exports the service rounds ask for the policy to snapshot. */
@Module({
  providers: [ScoringPoliciesService, ScoringPoliciesResolver],
  exports: [ScoringPoliciesService],
})
export class ScoringPoliciesModule {}
