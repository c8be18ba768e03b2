import { Module } from '@nestjs/common';
import { CitizenCommentsResolver } from './citizen-comments.resolver';
import { CitizenCommentsService } from './citizen-comments.service';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';
import { ServiceSatisfactionPolicy } from './service-satisfaction.policy';

/** Service satisfaction for unit heads and ADMIN (issue 15): citizens' comments and the follow-up plan. */
@Module({
  providers: [ServiceSatisfactionPolicy, CitizenCommentsService, CitizenCommentsResolver, FollowUpService, FollowUpResolver],
})
export class ServiceSatisfactionModule {}
