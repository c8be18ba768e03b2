import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Job } from 'bullmq';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { QueueName } from './queue.constants';
import { handlerProblems, JobName, JobPayload, JOBS, jobNames } from './job-registry';
import { JobQueue } from './job-queue.service';

const ON_JOB = Symbol('k360:on-job');
/**
 * How often each worker checks that the periodic jobs' schedulers still exist. A Redis restarted
 * without persistence loses them with every other key; this puts them back (an upsert of a
 * scheduler that exists is not needed and not done, so no run is added or moved).
 */
const SCHEDULE_CHECK_MS = 5000;

/**
 * Marks the method that handles a job name: `(payload, job) => result`. Each job name of JOBS
 * has exactly one; the worker refuses to start otherwise (JobHandlers).
 */
export function OnJob<N extends JobName>(name: N) {
  return <F extends (payload: JobPayload<N>, job: Job) => unknown>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<F>,
  ): void => {
    Reflect.defineMetadata(ON_JOB, name, descriptor.value!);
  };
}

interface Handler {
  owner: string;
  run(payload: unknown, job: Job): unknown;
}

/**
 * The worker's job handlers, found at boot among every provider's `@OnJob` methods. Boot fails,
 * naming the job, when a job of JOBS has no handler or more than one; then the worker schedules
 * the periodic jobs. Processors dispatch each job through `run`.
 */
@Injectable()
export class JobHandlers implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private handlers?: Map<string, Handler>;
  private scheduleCheck?: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.discover();
  }

  async onApplicationBootstrap(): Promise<void> {
    const scheduled = await this.jobs.schedulePeriodic(this.everyMs);
    const periodic = jobNames().filter((n) => JOBS[n].everyMs);
    this.logger.log(
      `Periodic jobs: ${periodic.map((n) => `${n} every ${this.everyMs(n)} ms`).join(', ')} (schedulers created or changed: ${scheduled.map((s) => s.name).join(', ') || 'none'})`,
    );
    this.scheduleCheck = setInterval(() => void this.restoreSchedules(), SCHEDULE_CHECK_MS);
    this.scheduleCheck.unref();
  }

  onApplicationShutdown(): void {
    if (this.scheduleCheck) clearInterval(this.scheduleCheck);
  }

  private readonly everyMs = (name: JobName): number | undefined => JOBS[name].everyMs?.(this.config);

  private async restoreSchedules(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const restored = await this.jobs.schedulePeriodic(this.everyMs);
      if (restored.length)
        this.logger.warn(
          `Periodic job schedulers were missing (queue backend lost its data?), restored: ${restored.map((r) => r.name).join(', ')}`,
        );
    } catch (err) {
      this.logger.warn(`Could not check the periodic job schedulers: ${(err as Error).message}`);
    } finally {
      this.checking = false;
    }
  }

  private discover(): Map<string, Handler> {
    if (this.handlers) return this.handlers;
    const found: Array<{ name: string; owner: string; run: Handler['run'] }> = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const key of this.scanner.getAllMethodNames(proto)) {
        const method = instance[key] as ((...args: unknown[]) => unknown) | undefined;
        const name = typeof method === 'function' ? (Reflect.getMetadata(ON_JOB, method) as string | undefined) : undefined;
        if (name)
          found.push({ name, owner: `${instance.constructor.name}.${key}`, run: (payload, job) => method!.call(instance, payload, job) });
      }
    }
    const problems = handlerProblems(jobNames(), found);
    if (problems.length) throw new Error(`Job handlers do not match the job registry: ${problems.join('; ')}`);
    this.handlers = new Map(found.map((f) => [f.name, f]));
    return this.handlers;
  }

  /** Runs a job's handler; a job of another queue than its name's, or an unknown name, fails. */
  async run(queue: QueueName, job: Job): Promise<unknown> {
    const def = (JOBS as Record<string, { queue: QueueName; everyMs?: unknown }>)[job.name];
    const handler = this.discover().get(job.name);
    if (!def || def.queue !== queue || !handler) throw new Error(`Unknown job ${job.name} on queue ${queue}`);
    const result = await handler.run(job.data, job);
    if (def.everyMs) this.logger.debug(`periodic job ${job.name} ran`);
    return result;
  }
}
