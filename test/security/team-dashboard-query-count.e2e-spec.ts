import { startStack, stackEnv, Stack } from '../support/stack';
import { createEmployee, createPeriod, ok, smallOrganisation } from '../support/org-fixtures';
import { CORE_VALUES, inParallel } from '../support/scoring-fixtures';
import { statementCounter } from '../support/statement-counter';

/**
 * Issue 15, acceptance 3: the team dashboard costs the same number of SQL statements for 10 and for
 * 100 subordinates (set-based repository reads, no per-person query). Counted at the PostgreSQL
 * wire (test/support/statement-counter.ts) for one teamDashboard request selecting every field,
 * by the lurah (direct supervisor and head of the kelurahan: manager of every round) and by the
 * camat (head of the kecamatan tree: the reporting line), and for one CSV export.
 */

const DASHBOARD = `query($p: ID!) { teamDashboard(periodId: $p, page: { first: 200 }) {
  periodId unitId
  rows { totalCount pageInfo { hasNextPage endCursor }
    nodes { roundId employeeId employeeName employeeNip position unitId unitName status managed reviewsExpected reviewsSubmitted
      perilakuScore perilakuRating hasilKerjaScore hasilKerjaRating predikat
      sources { source count mean score weight counted sd ci95 { low high } }
      pendingReviewers { roundId reviewerId reviewerName relation employeeId employeeName } } }
  predikatDistribution { predikat count }
  waitingReviewers { roundId reviewerId reviewerName relation employeeId employeeName }
  totals { people draft open closed scored reviewsExpected reviewsSubmitted rowsWithHiddenCounts }
  unitChoices { id name path }
} }`;

describe('security: the team dashboard costs as many SQL statements for 100 subordinates as for 10 (issue 15, acceptance 3)', () => {
  let stack: Stack;
  let proxy: Awaited<ReturnType<typeof statementCounter>>;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;
  let people = 0;

  beforeAll(async () => {
    const direct = new URL(stackEnv('redis').DATABASE_URL);
    proxy = await statementCounter({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(direct.toString());
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    stack = await startStack({ worker: false, env: { DATABASE_URL: viaProxy.toString() } });
    org = await smallOrganisation(stack, 'Kota Uji Dasbor');
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan IV 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await proxy?.close();
  });

  /** Grows lurahA's team (in Kelurahan Sukamiskin) to `n` subordinates with rounds; every third reviewed by lurahA, every ninth closed. */
  async function growTeamTo(n: number) {
    const fresh: number[] = [];
    while (people < n - 1) fresh.push(++people); // staffA is the first subordinate
    await inParallel(fresh, 4, async (i) => {
      await createEmployee(stack, org.admin.token, {
        name: `Pegawai Dasbor ${String(i).padStart(3, '0')}`,
        position: 'Pengadministrasi Umum',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
      });
    });
    await ok(
      stack,
      `mutation($i: OpenRoundsForUnitInput!) { openRoundsForUnit(input: $i) { opened } }`,
      {
        i: { unitId: org.units.kecamatan, periodId, includeSubunits: true },
      },
      org.admin.token,
    );
    const d = await ok(
      stack,
      `query($p: ID!) { teamDashboard(periodId: $p, page: { first: 200 }) { rows { nodes { roundId status reviewsSubmitted } } } }`,
      { p: periodId },
      org.tokens.lurahA,
    );
    const open = d.teamDashboard.rows.nodes.filter(
      (r: { status: string; reviewsSubmitted: number }) => r.status === 'OPEN' && r.reviewsSubmitted === 0,
    );
    await inParallel(
      open.filter((_: unknown, i: number) => i % 3 === 0),
      4,
      async (r: { roundId: string }, i) => {
        await ok(
          stack,
          `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
          {
            i: {
              roundId: r.roundId,
              scores: CORE_VALUES.map((value) => ({ value, score: 4 })),
              strengths: 'Pelayanan tepat waktu.',
              improvements: 'Arsip perlu dirapikan.',
            },
          },
          org.tokens.lurahA,
        );
        if (i % 3 === 0)
          await ok(
            stack,
            `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
            {
              i: { roundId: r.roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' },
            },
            org.tokens.lurahA,
          );
      },
    );
  }

  /** The fewest statements of two identical requests (a pool's or session's own background work can add one to a single request). */
  async function cost(token: string): Promise<{ statements: number; rows: number; statuses: Record<string, number> }> {
    let best = Infinity;
    let rows = 0;
    let statuses: Record<string, number> = {};
    for (let k = 0; k < 2; k++) {
      await ok(stack, `{ __typename }`, {}, token); // settle the pool and the caller's session
      const before = proxy.count();
      const d = await ok(stack, DASHBOARD, { p: periodId }, token);
      best = Math.min(best, proxy.count() - before);
      rows = d.teamDashboard.rows.totalCount;
      const t = d.teamDashboard.totals;
      statuses = { open: t.open, closed: t.closed };
    }
    return { statements: best, rows, statuses };
  }

  async function exportCost(token: string): Promise<{ statements: number; lines: number }> {
    let best = Infinity;
    let lines = 0;
    for (let k = 0; k < 2; k++) {
      await ok(stack, `{ __typename }`, {}, token);
      const before = proxy.count();
      const res = await fetch(`${stack.url}/api/team-dashboard.csv?periodId=${periodId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const text = await res.text();
      best = Math.min(best, proxy.count() - before);
      lines = text.split('\r\n').filter(Boolean).length - 1;
    }
    return { statements: best, lines };
  }

  it('10 and 100 subordinates: the same number of statements for the manager, the unit head above and the export', async () => {
    await growTeamTo(10);
    const small = { lurah: await cost(org.tokens.lurahA), camat: await cost(org.tokens.camat), csv: await exportCost(org.tokens.lurahA) };
    await growTeamTo(100);
    const big = { lurah: await cost(org.tokens.lurahA), camat: await cost(org.tokens.camat), csv: await exportCost(org.tokens.lurahA) };
    console.log(`team dashboard SQL statements per request: ${JSON.stringify({ small, big })}`);
    expect([small.lurah.rows, big.lurah.rows, small.csv.lines, big.csv.lines]).toEqual([10, 100, 10, 100]);
    // The camat also sees the two lurah and Kelurahan Cisaranten Kulon's staff member.
    expect([small.camat.rows, big.camat.rows]).toEqual([13, 103]);
    expect(big.lurah.statuses.closed).toBeGreaterThan(0);
    expect(big.lurah.statements).toBe(small.lurah.statements);
    expect(big.camat.statements).toBe(small.camat.statements);
    expect(big.csv.statements).toBe(small.csv.statements);
    expect(big.lurah.statements).toBeLessThanOrEqual(12);
  }, 300_000);
});
