import { Client } from 'pg';
import { ARCAMANIK_360_V1 } from '../../../libs/scoring/src/policy';
import { errorCode, startStack, Stack } from '../../support/stack';
import { until } from '../../support/scoring-fixtures';
import { createPeriod, ok, openRound, smallOrganisation } from '../../support/org-fixtures';

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

describe('failed jobs are kept, listed for the agency’s ADMIN, and can be retried', () => {
  let stack: Stack;
  let db: Client;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('a scoring job that throws shows up in failedJobs; after the cause is fixed, retryFailedJob scores the round', async () => {
    const org = await smallOrganisation(stack, 'Kota Uji Gagal');
    const other = await smallOrganisation(stack, 'Kota Lain Gagal');
    const periodId = await createPeriod(stack, org.admin.token, {
      name: 'Bulan Uji',
      kind: 'MONTHLY',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
    });
    const roundId = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      {
        i: {
          roundId,
          scores: VALUES.map((value) => ({ value, score: 4 })),
          strengths: 'Tepat waktu melayani.',
          improvements: 'Perlu lebih teliti.',
        },
      },
      org.tokens.lurahA,
    );
    // Break the round's policy snapshot, then close: the worker's job throws on every attempt.
    await db.query(`UPDATE evaluation_round SET policy = '{"code":"BROKEN"}' WHERE id = $1`, [roundId]);
    await ok(
      stack,
      `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
      { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } },
      org.tokens.lurahA,
    );

    const failed = await until(
      'the failed job (5 attempts with backoff)',
      async () => {
        const d = await ok(stack, `{ failedJobs(queue: "scoring") { id name attemptsMade failedReason data } }`, {}, org.admin.token);
        return d.failedJobs.find((j: { data: { roundId: string } }) => j.data.roundId === roundId);
      },
      60_000,
    );
    expect(failed).toMatchObject({ name: 'score-round', attemptsMade: 5 });
    expect(failed.failedReason.length).toBeGreaterThan(0);
    expect((await ok(stack, `{ failedJobs(queue: "scoring") { id } }`, {}, other.admin.token)).failedJobs).toEqual([]);
    expect(errorCode(await stack.gql(`{ failedJobs(queue: "scoring") { id } }`, {}, org.tokens.lurahA))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await stack.gql(`mutation($id: ID!) { retryFailedJob(queue: "scoring", jobId: $id) }`, { id: failed.id }, other.admin.token),
      ),
    ).toBe('NOT_FOUND');
    const counts = await ok(stack, `{ queueCounts { queue counts } }`, {}, org.admin.token);
    expect(counts.queueCounts.find((c: { queue: string }) => c.queue === 'scoring').counts.failed).toBeGreaterThanOrEqual(1);

    await db.query(`UPDATE evaluation_round SET policy = $2 WHERE id = $1`, [roundId, JSON.stringify(ARCAMANIK_360_V1)]);
    expect(
      (await ok(stack, `mutation($id: ID!) { retryFailedJob(queue: "scoring", jobId: $id) }`, { id: failed.id }, org.admin.token))
        .retryFailedJob,
    ).toBe(true);
    const status = await until('SCORED after retry', async () => {
      const d = await ok(stack, `query($id: ID!) { round(id: $id) { status result { predikat } } }`, { id: roundId }, org.admin.token);
      return d.round.status === 'SCORED' ? d.round : null;
    });
    expect(status.result).not.toBeNull();
  });
});
