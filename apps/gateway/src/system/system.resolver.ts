import { Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { SystemService } from './system.service';
import { Roles } from '../auth/auth.decorators';

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

@Resolver()
export class SystemResolver {
  constructor(private readonly system: SystemService) {}

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
