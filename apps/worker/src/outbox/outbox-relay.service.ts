import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { AutomaticIndicatorsRepository, EmployeeMonth, OutboxListener, OutboxMessage, OutboxRepository } from '@k360/database';
import { AGGREGATION_DEBOUNCE_MS, JobQueue, OnJob, OUTBOX_TOPICS } from '@k360/queue';

const BATCH = 500;
/**
 * Rating outbox rows are found by this poll (only round closes NOTIFY). Half the aggregation
 * debounce: during a burst each poll's enqueue extends the pending recompute, so the burst still
 * gives one recompute, a second after its last rating.
 */
const POLL_MS = AGGREGATION_DEBOUNCE_MS / 2;
/** How often the sweep looks at all ratings of the late-rating window rather than the newest ones. */
const FULL_SWEEP_MS = 5 * 60_000;

/** The topics whose rows carry facts of an employee's automatic indicators, and where each keeps its instant. */
const EMPLOYEE_FACT_AT: Partial<Record<string, string>> = {
  [OUTBOX_TOPICS.SERVICE_POINT_RATED]: 'submittedAt',
  [OUTBOX_TOPICS.SERVICE_TICKET_COMPLETED]: 'completedAt',
};
const KNOWN_TOPICS = new Set<string>(Object.values(OUTBOX_TOPICS));

/**
 * Moves outbox rows onto BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED (any number of
 * workers may relay at once), enqueued with a job id derived from their dedupe key (a replay after
 * a crash enqueues nothing twice), and marked published in the same transaction, so a crash
 * between commit of the fact and its enqueue loses nothing. Wakes on NOTIFY (round closes) and polls.
 * The reconcile sweep is the periodic job `reconcile-sweep` (every RECONCILE_SWEEP_MS, one run per
 * interval across all workers).
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: OutboxListener;
  private timer?: NodeJS.Timeout;
  private reconciling = false;
  /**
   * Database time at the start of the last sweep that re-drove every stale service point it
   * found; the next sweep looks only at ratings received since (less a margin). Null: look at the
   * whole late-rating window (8 days), as after a start and every FULL_SWEEP_MS (jobs lost from a
   * long backlog).
   */
  private sweptSince: Date | null = null;
  private lastFullSweep = 0;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly jobs: JobQueue,
    private readonly indicators: AutomaticIndicatorsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      this.listener = await this.outbox.listen(
        () => this.kick(),
        (err) => this.logger.warn(`outbox listener: ${err.message}`),
      );
    } catch (err) {
      this.logger.warn(`LISTEN unavailable, polling only: ${(err as Error).message}`);
    }
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.kick();
  }

  /**
   * An outbox row is marked published once BullMQ accepted its job; if Redis then loses the job
   * (restart without persistence, failover), nothing would publish it again. So this sweep
   * re-drives what the facts say is still undone: closed rounds without a result for their
   * latest close (the deterministic job id makes it a no-op while the job still exists),
   * service points whose newest rating is newer than their aggregate, and employee-months whose
   * newest attributed rating or completed ticket is newer than their automatic indicators.
   * Its incremental window (sweptSince) is this process's own: a run on a replica that swept less
   * recently simply looks further back.
   */
  @OnJob('reconcile-sweep')
  async reconcile(): Promise<void> {
    if (this.stopped || this.reconciling) return;
    this.reconciling = true;
    try {
      const rounds = await this.outbox.unscoredCloses(BATCH);
      await this.jobs.enqueueBulk('score-round', rounds);
      const at = await this.outbox.databaseTime();
      const full = Date.now() - this.lastFullSweep >= FULL_SWEEP_MS;
      // Ratings received since the last complete sweep (a BRIN index on received_at keeps this to
      // the newest blocks), or in the whole late-rating window after a start.
      const stale = await this.outbox.staleServicePoints(full ? null : this.sweptSince, BATCH);
      for (const servicePointId of stale) await this.enqueueAggregation(servicePointId);
      // Employee-months the same way: facts (ratings received, tickets completed) since the last
      // complete sweep, or in the whole late window after a start.
      const months = await this.indicators.staleMonths(full ? null : this.sweptSince, BATCH);
      await this.enqueueIndicators(months);
      // A full batch may have left stale points or months behind: the next sweep looks at the same window.
      if (stale.length < BATCH && months.length < BATCH) {
        this.sweptSince = at;
        if (full) this.lastFullSweep = Date.now();
      }
    } catch (err) {
      this.logger.warn(`reconcile: ${(err as Error).message}`);
    } finally {
      this.reconciling = false;
    }
  }

  private async enqueueAggregation(servicePointId: string): Promise<void> {
    // A burst of ratings becomes one recompute a second after the last of them (see JOBS).
    await this.jobs.enqueue('aggregate-service-point', { servicePointId });
  }

  private async enqueueIndicators(months: EmployeeMonth[]): Promise<void> {
    // Facts of one employee-month arriving together become one recompute a second after the last (see JOBS).
    for (const { employeeId, month } of months) await this.jobs.enqueue('compute-automatic-indicators', { employeeId, month });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.close().catch(() => undefined);
    while (this.running || this.reconciling) await new Promise((r) => setTimeout(r, 20));
  }

  /** Runs a drain now, or right after the one in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.drain()
      .catch((err) => this.logger.warn(`outbox relay: ${(err as Error).message}`))
      .finally(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Publishes everything pending, batch by batch; returns how many rows it published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.ds.transaction(async (m) => {
        const rows = await this.outbox.claimUnpublished(BATCH, m);
        if (!rows.length) return 0;
        await this.publish(rows);
        await this.outbox.markPublished(
          rows.map((r) => r.id),
          m,
        );
        return rows.length;
      });
      total += published;
      if (published < BATCH) return total;
    }
  }

  private async publish(rows: OutboxMessage[]): Promise<void> {
    const rounds = rows.filter((r) => r.topic === OUTBOX_TOPICS.ROUND_CLOSED);
    // The job id comes from roundId and closeCount, as the row's dedupe key does (roundClosedKey).
    await this.jobs.enqueueBulk(
      'score-round',
      rounds.map((r) => ({ roundId: r.payload.roundId as string, closeCount: r.payload.closeCount as number })),
    );
    const points = [
      ...new Set(rows.filter((r) => r.topic === OUTBOX_TOPICS.SERVICE_POINT_RATED).map((r) => r.payload.servicePointId as string)),
    ];
    for (const servicePointId of points) await this.enqueueAggregation(servicePointId);
    // Ratings attributed to an officer and completed tickets recompute that officer's automatic
    // indicators for the month the fact falls in (agency time zone): one query maps the whole
    // batch to distinct employee-months.
    const facts = rows.flatMap((r) => {
      const atKey = EMPLOYEE_FACT_AT[r.topic];
      const employeeId = r.payload.employeeId;
      const at = atKey ? r.payload[atKey] : undefined;
      return typeof employeeId === 'string' && typeof at === 'string' ? [{ employeeId, at }] : [];
    });
    await this.enqueueIndicators(await this.indicators.monthsOf(facts));
    const unknown = rows.filter((r) => !KNOWN_TOPICS.has(r.topic));
    if (unknown.length) this.logger.warn(`outbox rows with unknown topics: ${[...new Set(unknown.map((u) => u.topic))].join(', ')}`);
  }
}
