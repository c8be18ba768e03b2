import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { buildDataSourceOptions } from './data-source';
import { isTransientDatabaseError } from './transient-errors';

/** Options of the read pool (the replica); the caller's pool size and name. */
export const READ_DATABASE_OPTIONS = Symbol('READ_DATABASE_OPTIONS');
export interface ReadDatabaseOptions {
  poolSize: number;
  applicationName: string;
}

/**
 * Where read-only queries that tolerate a little replication lag go: the streaming replica at
 * DATABASE_READ_URL (public pages, dashboards, reports), or the primary when none is set. A write,
 * and any read that must see it, stays on the primary (the repositories' default manager). When
 * the replica cannot be reached the read is answered by the primary instead (and logged), so a
 * replica outage degrades load, not service.
 */
@Injectable()
export class ReadDatabase implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ReadDatabase');
  private readonly replica?: DataSource;
  private lastWarning = 0;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(READ_DATABASE_OPTIONS) opts: ReadDatabaseOptions,
  ) {
    if (config.DATABASE_READ_URL) {
      this.replica = new DataSource(
        buildDataSourceOptions({ url: config.DATABASE_READ_URL, poolSize: opts.poolSize, applicationName: `${opts.applicationName}-read` }),
      );
    }
  }

  /** True when reads go to a replica. */
  get hasReplica(): boolean {
    return this.replica !== undefined;
  }

  async onModuleInit(): Promise<void> {
    if (!this.replica) return;
    try {
      await this.replica.initialize();
      this.logger.log('Read-only queries go to the replica at DATABASE_READ_URL');
    } catch (err) {
      // The pool connects lazily on first use after a failed start: reads fall back meanwhile.
      this.logger.warn(`Replica at DATABASE_READ_URL not reachable at boot (${(err as Error).message}); reads use the primary until it is`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.replica?.isInitialized) await this.replica.destroy();
  }

  /** Runs a read on the replica (or the primary without one, or while the replica is unreachable). */
  async read<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    const replica = this.replica;
    if (!replica) return fn(this.primary.manager);
    try {
      if (!replica.isInitialized) await replica.initialize();
      return await fn(replica.manager);
    } catch (err) {
      if (!isTransientDatabaseError(err) && replica.isInitialized) throw err;
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        this.logger.warn(`Replica read failed (${(err as Error).message}); answered by the primary`);
      }
      return fn(this.primary.manager);
    }
  }
}
