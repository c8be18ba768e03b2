import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Stack } from './stack';
import { createEmployee, ok, smallOrganisation } from './org-fixtures';

/**
 * Facts for the scoring worker (rounds with supervisor reviews, service points, rating links and
 * public ratings), built through the API from a seeded plan, so that two stacks given the same plan
 * hold the same facts; and the results those facts must give, computed here from the plan alone
 * (PermenPANRB 14/2017 IKM, docs/domain.md's ARCAMANIK_360_V1 weights and thresholds), without the
 * product's code.
 */

export const CORE_VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const HASIL_KERJA = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
type Rating = (typeof HASIL_KERJA)[number];

export async function until<T>(
  what: string,
  fn: () => Promise<T | undefined | null | false>,
  ms = 15_000,
  everyMs = 100,
  detail?: () => Promise<unknown>,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - started > ms) {
      const state = detail ? `\n${JSON.stringify(await detail(), null, 1)}` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what}${state}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** mulberry32: a small deterministic generator, so a plan is the same in every stack. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** docs/domain.md's worked example: four respondents' answers U1..U9 (IKM 86.81, B, Baik, weakest U8 at 2.75). */
export const WORKED_EXAMPLE: number[][] = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 4],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
];

/** An earlier quarter's two respondents (IKM 95.83, A, Sangat Baik). */
export const EARLIER_QUARTER: number[][] = [
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
  [4, 4, 4, 4, 4, 4, 4, 3, 2],
];

/**
 * Ratings straight into public_rating as stored facts (no outbox rows, so only a recompute
 * aggregates them): an array is an IKM questionnaire U1..U9, a number a QUICK score. `extra`
 * adds what the public must never see (officer, comment, profile).
 */
export async function insertRatings(
  db: Client,
  at: { agencyId: string; servicePointId: string; submittedAt: string },
  rows: Array<number[] | number>,
  extra: { employeeId?: string; comment?: string; respondent?: Record<string, string> } = {},
): Promise<void> {
  for (const r of rows) {
    const ikm = Array.isArray(r);
    await db.query(
      `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, employee_id, comment, respondent,
                                  u1, u2, u3, u4, u5, u6, u7, u8, u9, score, submitted_at)
       VALUES ($1, $2, 'LINK', gen_random_uuid(), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        at.agencyId,
        at.servicePointId,
        ikm ? 'IKM' : 'QUICK',
        extra.employeeId ?? null,
        extra.comment ?? null,
        extra.respondent ? JSON.stringify(extra.respondent) : null,
        ...(ikm ? r : Array(9).fill(null)),
        ikm ? null : r,
        at.submittedAt,
      ],
    );
  }
}

/** ADMIN `recomputeSatisfaction` for each period; waits until the worker has rewritten the service point's row of each. */
export async function recomputeAndWait(
  stack: Stack,
  db: Client,
  adminToken: string,
  periodIds: string[],
  servicePointId: string,
): Promise<void> {
  const { rows } = await db.query(`SELECT clock_timestamp() AS since`);
  for (const p of periodIds) await ok(stack, `mutation($p: ID!) { recomputeSatisfaction(periodId: $p) }`, { p }, adminToken);
  await until(
    'the recomputed aggregates',
    async () =>
      (
        await db.query(`SELECT 1 FROM satisfaction_aggregate WHERE service_point_id = $1 AND period_id = ANY($2) AND updated_at >= $3`, [
          servicePointId,
          periodIds,
          rows[0].since,
        ])
      ).rowCount === periodIds.length,
    20_000,
  );
}

/** A quarter as `createPeriod` takes it, e.g. quarter(2026, 3): "Triwulan III 2026", 2026-07-01 – 2026-09-30. */
export function quarter(year: number, q: 1 | 2 | 3 | 4) {
  const pad = (n: number) => String(n).padStart(2, '0');
  const last = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
  return {
    name: `Triwulan ${['I', 'II', 'III', 'IV'][q - 1]} ${year}`,
    kind: 'QUARTERLY' as const,
    startsOn: `${year}-${pad(q * 3 - 2)}-01`,
    endsOn: `${year}-${pad(q * 3)}-${pad(last)}`,
  };
}

/** The current calendar quarter in WIB (the test agencies' time zone), so ratings submitted now fall in it. */
export function currentQuarter(): { startsOn: string; endsOn: string } {
  const today = new Date(Date.now() + 7 * 3600_000);
  const q = Math.floor(today.getUTCMonth() / 3);
  const startsOn = `${today.getUTCFullYear()}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(today.getUTCFullYear(), q * 3 + 3, 0));
  return { startsOn, endsOn: end.toISOString().slice(0, 10) };
}

/** This month in the demo agency's time zone (UTC+7), as a MONTHLY period's dates. */
export function currentMonth(): { startsOn: string; endsOn: string } {
  const today = new Date(Date.now() + 7 * 3600_000);
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
  return { startsOn: `${end.toISOString().slice(0, 7)}-01`, endsOn: end.toISOString().slice(0, 10) };
}

export interface RatingPlanItem {
  /** Index of the service point. */
  sp: number;
  /** Index of the staff member the rating is attributed to, or null (the service point's anonymous link). */
  staff: number | null;
  kind: 'IKM' | 'QUICK';
  answers?: number[];
  score?: number;
}

export interface ScenarioPlan {
  staff: Array<{ name: string; sp: number; supervisorScores: number[]; hasilKerja: Rating }>;
  servicePoints: string[];
  /** Submitted before the rounds close: everything the round results depend on. */
  before: RatingPlanItem[];
  /** Submitted while the rounds close (anonymous only, so round results do not depend on timing). */
  during: RatingPlanItem[];
}

/**
 * A plan: `staffCount` officers spread over `spCount` service points, each with a round and a
 * supervisor review; attributed IKM ratings per officer cycling through 0, 3, 5, 8, 12 (below and
 * above the PUBLIC minimum of 5), a few attributed QUICK ratings (never part of a round result),
 * and anonymous IKM and QUICK ratings per service point.
 */
export function makePlan(seed: number, staffCount: number, spCount: number, anonymousPerSp: number): ScenarioPlan {
  const rnd = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const answers = () => {
    const base = int(2, 4);
    return Array.from({ length: 9 }, () => Math.max(1, Math.min(4, base + int(-1, 1))));
  };
  const staff = Array.from({ length: staffCount }, (_, i) => {
    const base = int(2, 5);
    return {
      name: `Staf Uji ${i + 1}`,
      sp: i % spCount,
      supervisorScores: CORE_VALUES.map(() => Math.max(1, Math.min(5, base + int(-1, 1)))),
      hasilKerja: HASIL_KERJA[i % 3],
    };
  });
  const attributed = [0, 3, 5, 8, 12];
  const before: RatingPlanItem[] = [];
  staff.forEach((s, i) => {
    for (let k = 0; k < attributed[i % attributed.length]; k++) before.push({ sp: s.sp, staff: i, kind: 'IKM', answers: answers() });
    for (let k = 0; k < i % 3; k++) before.push({ sp: s.sp, staff: i, kind: 'QUICK', score: int(1, 4) });
  });
  const during: RatingPlanItem[] = [];
  for (let sp = 0; sp < spCount; sp++) {
    for (let k = 0; k < anonymousPerSp; k++) {
      const item: RatingPlanItem =
        k % 4 === 3 ? { sp, staff: null, kind: 'QUICK', score: int(1, 4) } : { sp, staff: null, kind: 'IKM', answers: answers() };
      (k % 2 === 0 ? before : during).push(item);
    }
  }
  return { staff, servicePoints: Array.from({ length: spCount }, (_, i) => `Loket Uji ${i + 1}`), before, during };
}

export interface Scenario {
  plan: ScenarioPlan;
  adminToken: string;
  supervisorToken: string;
  periodId: string;
  staffIds: string[];
  roundIds: string[];
  servicePointIds: string[];
  /** Rating link token per service point (anonymous) and per staff member (attributed). */
  spLinks: string[];
  staffLinks: string[];
  submit(item: RatingPlanItem): Promise<void>;
  closeRound(i: number): Promise<void>;
}

const CREATE_PERIOD = `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`;
const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;

/** Builds the plan's organisation, period, rounds (with the supervisor's review) and rating links. */
export async function buildScenario(stack: Stack, label: string, plan: ScenarioPlan): Promise<Scenario> {
  const org = await smallOrganisation(stack, label);
  const t = org.admin.token;
  const sup = org.tokens.lurahA;
  const periodId = (await ok(stack, CREATE_PERIOD, { i: { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() } }, t))
    .createPeriod.id as string;
  const servicePointIds: string[] = [];
  for (const name of plan.servicePoints) {
    const d = await ok(
      stack,
      `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
      { i: { name, unitId: org.units.kelA } },
      t,
    );
    servicePointIds.push(d.createServicePoint.id);
  }
  const link = async (servicePointId: string, employeeId?: string) =>
    (
      await ok(
        stack,
        `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { token } }`,
        { i: { servicePointId, employeeId } },
        t,
      )
    ).createRatingLink.token as string;
  const spLinks = await Promise.all(servicePointIds.map((id) => link(id)));
  const staffIds: string[] = [];
  const staffLinks: string[] = [];
  const roundIds: string[] = [];
  for (const s of plan.staff) {
    const e = await createEmployee(stack, t, {
      name: s.name,
      position: 'Pengadministrasi Umum',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
    });
    staffIds.push(e.id);
    await ok(
      stack,
      `mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { id } }`,
      { i: { servicePointId: servicePointIds[s.sp], employeeId: e.id } },
      t,
    );
    staffLinks.push(await link(servicePointIds[s.sp], e.id));
    const roundId = (
      await ok(stack, `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`, { i: { employeeId: e.id, periodId } }, sup)
    ).openRound.id as string;
    roundIds.push(roundId);
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      {
        i: {
          roundId,
          scores: CORE_VALUES.map((value, k) => ({ value, score: s.supervisorScores[k] })),
          strengths: 'Ramah dan cepat.',
          improvements: 'Arsip dirapikan.',
        },
      },
      sup,
    );
  }
  return {
    plan,
    adminToken: t,
    supervisorToken: sup,
    periodId,
    staffIds,
    roundIds,
    servicePointIds,
    spLinks,
    staffLinks,
    submit: async (item) => {
      const token = item.staff === null ? spLinks[item.sp] : staffLinks[item.staff];
      const d = await ok(stack, SUBMIT, {
        i: {
          token,
          idempotencyKey: randomUUID(),
          kind: item.kind,
          ...(item.kind === 'IKM' ? { answers: item.answers } : { score: item.score }),
        },
      });
      if (!d.submitPublicRating.accepted || d.submitPublicRating.duplicate) throw new Error(`rating not stored: ${JSON.stringify(d)}`);
    },
    closeRound: async (i) => {
      await ok(
        stack,
        `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
        { i: { roundId: roundIds[i], hasilKerjaRating: plan.staff[i].hasilKerja } },
        sup,
      );
    },
  };
}

/** Runs `fn` over `items` with at most `width` calls in flight. */
export async function inParallel<T>(items: T[], width: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

// ---- expected results, from the plan alone ------------------------------------------------------

export interface ExpectedAggregate {
  respondents: number;
  sums: number[];
  nrr: number[];
  ikm: number | null;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quickCount: number;
  quickSum: number;
}

/** IKM per PermenPANRB 14/2017: NRR per element, IKM = ΣNRR / 9, converted × 25, bands on 2 decimals. */
export function expectedAggregate(items: RatingPlanItem[]): ExpectedAggregate {
  const ikm = items.filter((r) => r.kind === 'IKM');
  const quick = items.filter((r) => r.kind === 'QUICK');
  const n = ikm.length;
  const sums = Array.from({ length: 9 }, (_, e) => ikm.reduce((a, r) => a + r.answers![e], 0));
  const nrr = sums.map((s) => s / n);
  const index = n ? nrr.reduce((a, b) => a + b, 0) / 9 : null;
  const converted = index === null ? null : index * 25;
  let mutu: string | null = null;
  let kinerja: string | null = null;
  if (converted !== null) {
    const h = Math.round(converted * 100); // hundredths (half up: the value is positive)
    [mutu, kinerja] = h <= 6499 ? ['D', 'Tidak Baik'] : h <= 7660 ? ['C', 'Kurang Baik'] : h <= 8830 ? ['B', 'Baik'] : ['A', 'Sangat Baik'];
  }
  return {
    respondents: n,
    sums,
    nrr: n ? nrr : [],
    ikm: index,
    ikmConverted: converted,
    mutu,
    kinerja,
    quickCount: quick.length,
    quickSum: quick.reduce((a, r) => a + r.score!, 0),
  };
}

export interface ExpectedRound {
  perilakuScore: number;
  perilakuRating: Rating;
  predikat: string;
  hasilKerjaRating: Rating;
  supervisorScore: number;
  publicCount: number;
  publicCounted: boolean;
  publicScore: number | null;
}

const PREDIKAT: Record<Rating, Record<Rating, string>> = {
  DI_ATAS_EKSPEKTASI: { DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK' },
  SESUAI_EKSPEKTASI: { DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'BAIK' },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/**
 * ARCAMANIK_360_V1 with a supervisor and the public only: S = (mean − 1) / 4 × 100; the public
 * source (IKM ratings attributed to the officer) counts from 5 ratings, score = converted IKM;
 * weights 0.5 and 0.2 renormalised over the sources that count; P ≥ 85 above, ≥ 65 as expected.
 */
export function expectedRound(plan: ScenarioPlan, i: number): ExpectedRound {
  const s = plan.staff[i];
  const mean = s.supervisorScores.reduce((a, b) => a + b, 0) / s.supervisorScores.length;
  const S = ((mean - 1) / 4) * 100;
  const pub = plan.before.filter((r) => r.staff === i && r.kind === 'IKM');
  const agg = expectedAggregate(pub);
  const counted = pub.length >= 5;
  const P = counted ? (0.5 * S + 0.2 * agg.ikmConverted!) / 0.7 : S;
  const rating: Rating = P >= 85 - 1e-9 ? 'DI_ATAS_EKSPEKTASI' : P >= 65 - 1e-9 ? 'SESUAI_EKSPEKTASI' : 'DI_BAWAH_EKSPEKTASI';
  return {
    perilakuScore: P,
    perilakuRating: rating,
    predikat: PREDIKAT[s.hasilKerja][rating],
    hasilKerjaRating: s.hasilKerja,
    supervisorScore: S,
    publicCount: pub.length,
    publicCounted: counted,
    publicScore: agg.ikmConverted,
  };
}

// ---- reading what the worker wrote --------------------------------------------------------------

export async function dbClient(stack: Stack): Promise<Client> {
  const db = new Client({ connectionString: stack.config.DATABASE_URL, application_name: 'k360-test-observer' });
  await db.connect();
  return db;
}

export interface ResultRow {
  name: string;
  perilaku_score: number | null;
  perilaku_rating: string | null;
  hasil_kerja_score: number | null;
  hasil_kerja_rating: string | null;
  predikat: string | null;
  policy_code: string;
  close_count: number;
  sources: Array<Record<string, any>>;
  watermark: { reviews: number; publicRespondents: number };
  status: string;
}

/** round_result rows of the scenario's rounds, keyed by officer name. */
export async function resultRows(db: Client, s: Scenario): Promise<Record<string, ResultRow>> {
  const { rows } = await db.query(
    `SELECT e.name, rr.perilaku_score, rr.perilaku_rating, rr.hasil_kerja_score, rr.hasil_kerja_rating, rr.predikat, rr.policy_code,
            rr.close_count, rr.sources, rr.watermark, r.status
       FROM round_result rr JOIN evaluation_round r ON r.id = rr.round_id JOIN employee e ON e.id = r.employee_id
      WHERE rr.round_id = ANY($1::uuid[]) ORDER BY e.name`,
    [s.roundIds],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r]));
}

export interface AggregateRow {
  name: string;
  respondents: number;
  elements: Array<{ code: string; sum: number; count: number; nrr: number | null }>;
  ikm: number | null;
  ikm_converted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quick_count: number;
  quick_sum: string;
}

/** satisfaction_aggregate rows of the scenario's service points in its period, keyed by name. */
export async function aggregateRows(db: Client, s: Scenario): Promise<Record<string, AggregateRow>> {
  const { rows } = await db.query(
    `SELECT sp.name, a.respondents, a.elements, a.ikm, a.ikm_converted, a.mutu, a.kinerja, a.quick_count, a.quick_sum
       FROM satisfaction_aggregate a JOIN service_point sp ON sp.id = a.service_point_id
      WHERE a.service_point_id = ANY($1::uuid[]) AND a.period_id = $2 ORDER BY sp.name`,
    [s.servicePointIds, s.periodId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r]));
}

/** Asserts (jest) that one round_result row matches what the plan must give. */
export function expectRoundRow(row: ResultRow | undefined, exp: ExpectedRound, what: string): void {
  if (!row) throw new Error(`${what}: no round_result row`);
  expect({ what, status: row.status, rating: row.perilaku_rating, predikat: row.predikat, hk: row.hasil_kerja_rating }).toEqual({
    what,
    status: 'SCORED',
    rating: exp.perilakuRating,
    predikat: exp.predikat,
    hk: exp.hasilKerjaRating,
  });
  expect(row.perilaku_score).toBeCloseTo(exp.perilakuScore, 9);
  expect(row.hasil_kerja_score).toBeNull();
  expect(row.close_count).toBe(1);
  const bySource = Object.fromEntries(row.sources.map((x) => [x.source, x]));
  expect(bySource.SUPERVISOR).toMatchObject({ count: 1, counted: true });
  expect(bySource.SUPERVISOR.score).toBeCloseTo(exp.supervisorScore, 9);
  if (exp.publicCount === 0) {
    expect(bySource.PUBLIC).toBeUndefined();
  } else {
    expect({ what, count: bySource.PUBLIC?.count, counted: bySource.PUBLIC?.counted }).toEqual({
      what,
      count: exp.publicCount,
      counted: exp.publicCounted,
    });
    expect(bySource.PUBLIC.score).toBeCloseTo(exp.publicScore!, 9);
  }
  expect(row.watermark).toMatchObject({ reviews: 1, publicRespondents: exp.publicCount });
}

/** Asserts (jest) that one satisfaction_aggregate row matches what the ratings must give. */
export function expectAggregateRow(row: AggregateRow | undefined, exp: ExpectedAggregate, what: string): void {
  if (!row) throw new Error(`${what}: no satisfaction_aggregate row`);
  expect({
    what,
    respondents: row.respondents,
    quick: row.quick_count,
    quickSum: Number(row.quick_sum),
    mutu: row.mutu,
    kinerja: row.kinerja,
  }).toEqual({
    what,
    respondents: exp.respondents,
    quick: exp.quickCount,
    quickSum: exp.quickSum,
    mutu: exp.mutu,
    kinerja: exp.kinerja,
  });
  expect(row.elements.map((e) => e.sum)).toEqual(exp.sums);
  expect(row.elements.map((e) => e.count)).toEqual(exp.sums.map(() => exp.respondents));
  if (exp.ikm === null) {
    expect(row.ikm).toBeNull();
  } else {
    expect(row.ikm).toBeCloseTo(exp.ikm, 12);
    expect(row.ikm_converted).toBeCloseTo(exp.ikmConverted!, 10);
  }
}

/** Polls until every round of the scenario is SCORED and every service point's aggregate counts its plan. */
export async function waitForScenarioResults(
  db: Client,
  s: Scenario,
  ms: number,
  items = [...s.plan.before, ...s.plan.during],
): Promise<void> {
  const want = s.servicePointIds.map((_, sp) => items.filter((r) => r.sp === sp));
  await until(
    'every round SCORED and every aggregate complete',
    async () => {
      const { rows: rounds } = await db.query(
        `SELECT count(*)::int AS n FROM evaluation_round WHERE id = ANY($1::uuid[]) AND status = 'SCORED'`,
        [s.roundIds],
      );
      if (rounds[0].n !== s.roundIds.length) return false;
      const aggs = await aggregateRows(db, s);
      return s.plan.servicePoints.every((name, sp) => {
        const a = aggs[name];
        const ikm = want[sp].filter((r) => r.kind === 'IKM').length;
        const quick = want[sp].length - ikm;
        return ikm + quick === 0 ? !a : a && a.respondents === ikm && a.quick_count === quick;
      });
    },
    ms,
    200,
    async () => ({
      rounds: (
        await db.query(`SELECT status, count(*)::int AS n FROM evaluation_round WHERE id = ANY($1::uuid[]) GROUP BY status`, [s.roundIds])
      ).rows,
      results: (await db.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = ANY($1::uuid[])`, [s.roundIds])).rows[0].n,
      outbox: (await db.query(`SELECT topic, published_at IS NOT NULL AS published, count(*)::int AS n FROM outbox GROUP BY 1, 2`)).rows,
      aggregates: Object.values(await aggregateRows(db, s)).map((a) => ({
        name: a.name,
        respondents: a.respondents,
        quick: a.quick_count,
      })),
      wanted: s.plan.servicePoints.map((name, sp) => ({
        name,
        respondents: want[sp].filter((r) => r.kind === 'IKM').length,
        quick: want[sp].filter((r) => r.kind === 'QUICK').length,
      })),
    }),
  );
}
