import { handlerProblems, JobName, JobPayload, JOBS, jobNames } from './job-registry';
import { QueueName } from './queue.constants';

describe('job registry', () => {
  it('has one queue and options per job name, and derives the deterministic ids from the payload', () => {
    expect(jobNames().sort()).toEqual(
      [
        'aggregate-period',
        'aggregate-service-point',
        'compute-automatic-indicators',
        'generate-report',
        'partition-upkeep',
        'ping',
        'reconcile-sweep',
        'score-round',
        'send-reminders',
      ].sort(),
    );
    // The outbox relay and its sweep rely on this id to enqueue a round's close only once.
    expect(JOBS['score-round'].options({ roundId: 'r-1', closeCount: 2 }).jobId).toBe('round.closed-r-1-2');
    expect(JOBS['aggregate-service-point'].options({ servicePointId: 'sp' }).deduplication?.id).toBe('sp-sp');
    // Late facts of one employee's month become one recompute (debounced like a service point's burst).
    const month = JOBS['compute-automatic-indicators'].options({ employeeId: 'e', month: '2026-10' });
    expect(month.deduplication).toMatchObject({ id: 'ai-e-2026-10', extend: true, replace: true });
    expect(JOBS['compute-automatic-indicators'].queue).toBe(QueueName.AGGREGATION);
    expect(JOBS['reconcile-sweep'].queue).toBe(QueueName.SYSTEM);
    expect(JOBS['reconcile-sweep'].everyMs?.({ RECONCILE_SWEEP_MS: 1234, PARTITION_UPKEEP_MS: 1, REMINDERS_MS: 1 })).toBe(1234);
    expect(JOBS['send-reminders'].everyMs?.({ RECONCILE_SWEEP_MS: 1, PARTITION_UPKEEP_MS: 1, REMINDERS_MS: 4321 })).toBe(4321);
    expect(JOBS['send-reminders'].queue).toBe(QueueName.SYSTEM);
    expect(JOBS['ping'].everyMs).toBeUndefined();
    // A report is rendered by one job however often it is enqueued; retried with backoff.
    expect(JOBS['generate-report'].queue).toBe(QueueName.REPORTS);
    expect(JOBS['generate-report'].options({ reportId: 'abc' })).toMatchObject({ jobId: 'report-abc', attempts: 3, backoff: { type: 'exponential' } });
  });

  it('names every job without a handler, with two handlers, and handlers of unknown jobs', () => {
    const found = [
      { name: 'ping', owner: 'A.ping' },
      { name: 'score-round', owner: 'A.score' },
      { name: 'score-round', owner: 'B.score' },
      { name: 'gone', owner: 'C.gone' },
    ];
    expect(handlerProblems(['ping', 'score-round', 'reconcile-sweep'], found)).toEqual([
      'job "score-round" has 2 handlers: A.score, B.score',
      `job "reconcile-sweep" has no handler (add @OnJob('reconcile-sweep') to a worker provider)`,
      'C.gone handles "gone", which is not in JOBS',
    ]);
    expect(handlerProblems(['ping'], [{ name: 'ping', owner: 'A.ping' }])).toEqual([]);
  });

  it('types payloads per job name (checked by npm run typecheck)', () => {
    const enqueue = <N extends JobName>(name: N, payload: JobPayload<N>) => ({ name, payload });
    expect(enqueue('score-round', { roundId: 'r', closeCount: 1 }).name).toBe('score-round');
    // @ts-expect-error closeCount is missing
    enqueue('score-round', { roundId: 'r' });
    // @ts-expect-error a payload of another job
    enqueue('aggregate-period', { servicePointId: 'sp' });
    // @ts-expect-error not a job name
    enqueue('no-such-job', {});
  });
});
