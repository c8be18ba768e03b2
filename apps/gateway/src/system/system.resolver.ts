import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { QueueAdminService } from './queue-admin.service';
import { SystemService } from './system.service';

@ObjectType()
export class WorkerPing {
  @Field() nonce: string;
  @Field(() => Int) workerPid: number;
  @Field() workerHost: string;
  @Field() receivedAt: string;
  @Field(() => Int) roundTripMs: number;
  @Field() queueBackend: string;
}

@ObjectType()
export class SystemStatus {
  @Field() queueBackend: string;
  @Field() version: string;
}

@ObjectType({ description: 'A job that failed after its retries, kept 7 days for inspection.' })
export class FailedJob {
  @Field() queue: string;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() failedReason: string;
  @Field(() => Int) attemptsMade: number;
  @Field(() => Date, { nullable: true }) failedAt: Date | null;
  @Field(() => GraphQLJSON) data: Record<string, unknown>;
}

@ObjectType()
export class QueueCounts {
  @Field() queue: string;
  @Field({ description: 'DEPLOYMENT: every agency’s jobs (the operating agency’s ADMINs); AGENCY: the caller’s agency’s jobs only.' })
  scope: string;
  @Field(() => GraphQLJSON, { description: 'waiting, active, delayed, failed, completed' }) counts: Record<string, number>;
}

@Resolver()
export class SystemResolver {
  constructor(
    private readonly system: SystemService,
    private readonly queues: QueueAdminService,
  ) {}

  @Roles('ADMIN')
  @Query(() => [QueueCounts], {
    description: 'Jobs per state in each work queue: the caller’s agency’s, or every agency’s for the operating agency’s ADMINs.',
  })
  queueCounts(@CurrentActor() actor: Actor) {
    return this.queues.counts(actor);
  }

  @Roles('ADMIN')
  @Query(() => [FailedJob], { description: 'Failed jobs about the caller’s agency (queues: scoring, aggregation, reports).' })
  failedJobs(
    @CurrentActor() actor: Actor,
    @Args('queue') queue: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ) {
    return this.queues.failed(actor, queue, first);
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, { description: 'Runs a failed job again.' })
  retryFailedJob(@CurrentActor() actor: Actor, @Args('queue') queue: string, @Args('jobId', { type: () => ID }) jobId: string) {
    return this.queues.retry(actor, queue, jobId);
  }

  @Roles('ADMIN')
  @Query(() => SystemStatus, { description: 'Which queue backend runs, and the API version.' })
  systemStatus(): SystemStatus {
    return { queueBackend: this.system.queueBackend, version: process.env.npm_package_version ?? '0.1.0' };
  }

  @Roles('ADMIN')
  @Mutation(() => WorkerPing, { description: 'Sends a job through the queue to a worker and waits for its answer.' })
  async pingWorker(): Promise<WorkerPing> {
    return { ...(await this.system.pingWorker()), queueBackend: this.system.queueBackend };
  }
}
