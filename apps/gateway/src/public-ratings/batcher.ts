/**
 * Gathers the calls made while the event loop handles one round of I/O into one batch, so that
 * many concurrent requests share one database round trip (and one commit) instead of taking one
 * each. Under light load a batch holds one call and adds no waiting: it runs as soon as the
 * current round of I/O is handled (setImmediate). At most `maxInFlight` batches run at once;
 * calls arriving meanwhile wait for a free slot and go together.
 *
 * `run` answers every item of its batch, in order, with a value or an Error (that item only).
 * If `run` itself throws, every item of the batch gets that error.
 * `conflictKey` keeps two items sharing a key out of one batch (the later one goes into a
 * later batch, which may run at the same time): for statements that must not touch one key twice,
 * whose concurrent runs the database settles (here: ON CONFLICT on the idempotency key and on
 * the client's allowance). An item may have several keys; null ones are ignored.
 */
export class Batcher<I, O> {
  private pending: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Array<O | Error>>,
    private readonly options: { maxBatch: number; maxInFlight: number; conflictKey?: (item: I) => string | Array<string | null> },
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || !this.pending.length || this.inFlight >= this.options.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.pending.length && this.inFlight < this.options.maxInFlight) {
      const batch = this.take();
      this.inFlight++;
      this.run(batch.map((b) => b.item))
        .then(
          (results) => batch.forEach((b, i) => (results[i] instanceof Error ? b.reject(results[i]) : b.resolve(results[i] as O))),
          (err) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.schedule();
        });
    }
  }

  private take() {
    const { maxBatch, conflictKey } = this.options;
    if (!conflictKey) return this.pending.splice(0, maxBatch);
    const batch: typeof this.pending = [];
    const rest: typeof this.pending = [];
    const keys = new Set<string>();
    for (const p of this.pending) {
      const given = conflictKey(p.item);
      const mine = (typeof given === 'string' ? [given] : given).filter((k): k is string => k !== null);
      if (batch.length < maxBatch && !mine.some((k) => keys.has(k))) {
        for (const k of mine) keys.add(k);
        batch.push(p);
      } else rest.push(p);
    }
    this.pending = rest;
    return batch;
  }
}
