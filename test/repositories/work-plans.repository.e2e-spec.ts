import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { INDICATOR_NAME_UQ, IndicatorFields, WORK_PLAN_EMPLOYEE_YEAR_UQ, WorkPlansRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { uniqueNip } from '../support/org-fixtures';

/*
 * @nestjs/common and @nestjs/typeorm are ES modules, which Jest's CommonJS loader cannot require on
 * Node < 24.9 (this machine runs Node 20): replaced here by the few inert decorators and classes
 * libs/database uses at import time. The repository under test is plain SQL over the real
 * DataSource; nothing of Nest runs in it.
 */
jest.mock('@nestjs/common', () => {
  const decorator = () => () => undefined;
  class Logger {
    log() {}
    warn() {}
    error() {}
    debug() {}
    verbose() {}
  }
  return { Injectable: decorator, Global: decorator, Module: decorator, Inject: decorator, Optional: decorator, Logger };
});
jest.mock('@nestjs/typeorm', () => ({ InjectDataSource: () => () => undefined, TypeOrmModule: {}, getDataSourceToken: () => 'DataSource' }));

const pgError = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
    return { code: e.code ?? e.driverError?.code, constraint: e.constraint ?? e.driverError?.constraint };
  }
  return null;
};

const fields = (over: Partial<IndicatorFields> = {}): IndicatorFields => ({
  name: 'Dokumen kependudukan yang diproses',
  unit: 'dokumen',
  target: 1200,
  weight: 2,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  method: 'DATA_ANALYSIS',
  ...over,
});

describe('WorkPlansRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: WorkPlansRepository;
  const agencyId = randomUUID();
  const otherAgencyId = randomUUID();
  let supervisorId: string;
  let employeeId: string;
  let colleagueId: string;

  const employee = async (agency: string, unitId: string, name: string, supervisor: string | null) => {
    const [row] = await ds.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, supervisor_id, roles) VALUES ($1, $2, $3, 'Staf', $4, $5, $6) RETURNING id`,
      [agency, uniqueNip(), name, unitId, supervisor, supervisor ? ['EMPLOYEE'] : ['SUPERVISOR', 'EMPLOYEE']],
    );
    return row.id as string;
  };

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new WorkPlansRepository(ds);
    for (const [id, name] of [
      [agencyId, `Repo SKP ${agencyId.slice(0, 8)}`],
      [otherAgencyId, `Repo SKP Lain ${otherAgencyId.slice(0, 8)}`],
    ])
      await ds.query(`INSERT INTO agency (id, name) VALUES ($1, $2)`, [id, name]);
    const [unit] = await ds.query(`INSERT INTO unit (agency_id, name, kind) VALUES ($1, 'Pemkot', 'AGENCY') RETURNING id`, [agencyId]);
    supervisorId = await employee(agencyId, unit.id, 'Lurah Uji', null);
    employeeId = await employee(agencyId, unit.id, 'Ani Pegawai', supervisorId);
    colleagueId = await employee(agencyId, unit.id, 'Budi Pegawai', supervisorId);
  });
  afterAll(() => ds?.destroy());

  it('creates a DRAFT plan with version 1, one per employee and year, and reads it within its agency only', async () => {
    const plan = await repo.createPlan({ agencyId, employeeId, year: 2026, createdBy: employeeId });
    expect(plan).toMatchObject({ agencyId, employeeId, supervisorId, year: 2026, status: 'DRAFT', version: 1, agreedBy: null });
    expect(await pgError(repo.createPlan({ agencyId, employeeId, year: 2026, createdBy: supervisorId }))).toEqual({
      code: '23505',
      constraint: WORK_PLAN_EMPLOYEE_YEAR_UQ,
    });
    expect(await repo.findPlan(otherAgencyId, plan.id)).toBeNull();
    expect((await repo.findPlanOf(agencyId, employeeId, 2026))?.id).toBe(plan.id);
    expect(await repo.findPlanOf(agencyId, employeeId, 2025)).toBeNull();
    const versions = await repo.versionsOf(plan.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, reason: null, createdBy: employeeId, createdByName: 'Ani Pegawai', indicators: null });
  });

  it('indicators: unique names per plan, and the table refuses a target or weight that is not positive', async () => {
    const plan = (await repo.findPlanOf(agencyId, employeeId, 2026))!;
    const a = await repo.addIndicator(plan, fields());
    expect(a).toMatchObject({ workPlanId: plan.id, target: 1200, weight: 2, source: 'MANUAL' });
    expect(await pgError(repo.addIndicator(plan, fields({ name: 'DOKUMEN KEPENDUDUKAN YANG DIPROSES' })))).toEqual({
      code: '23505',
      constraint: INDICATOR_NAME_UQ,
    });
    expect((await pgError(repo.addIndicator(plan, fields({ name: 'Target nol', target: 0 }))))?.code).toBe('23514');
    expect((await pgError(repo.addIndicator(plan, fields({ name: 'Bobot negatif', weight: -1 }))))?.code).toBe('23514');
    expect((await pgError(repo.addIndicator(plan, fields({ name: 'Waktu', source: 'SERVICE_COMPLETION_TIME' }))))?.code).toBe('23514');
    await repo.addIndicator(
      plan,
      fields({ name: 'Rata-rata waktu penyelesaian', unit: 'hari', target: 3, weight: 1, direction: 'LOWER_IS_BETTER', aggregation: 'AVERAGE' }),
    );
    const list = await repo.indicatorsOf([plan.id]);
    expect(list.map((i) => [i.name, i.direction])).toEqual([
      ['Dokumen kependudukan yang diproses', 'HIGHER_IS_BETTER'],
      ['Rata-rata waktu penyelesaian', 'LOWER_IS_BETTER'],
    ]);
    expect(await repo.findIndicator(otherAgencyId, a.id)).toBeNull();
  });

  it('agreeing snapshots the indicators; a revision opens version 2 and leaves version 1 as agreed', async () => {
    const plan = (await repo.findPlanOf(agencyId, employeeId, 2026))!;
    const agreed = await ds.transaction((m) => repo.agree(plan, supervisorId, m));
    expect(agreed).toMatchObject({ status: 'AGREED', version: 1, agreedBy: supervisorId });
    // The employee cannot be the one who agreed their own plan, whatever the service does.
    expect((await pgError(ds.query(`UPDATE work_plan SET agreed_by = employee_id WHERE id = $1`, [plan.id])))?.code).toBe('23514');

    const revised = await ds.transaction((m) => repo.revise(agreed, 'Target dokumen disesuaikan dengan kuota baru', employeeId, m));
    expect(revised).toMatchObject({ status: 'DRAFT', version: 2, agreedBy: null, agreedAt: null });
    const [docs] = await repo.indicatorsOf([plan.id]);
    await repo.updateIndicator(docs, fields({ target: 1500 }));
    const versions = await repo.versionsOf(plan.id);
    expect(versions.map((v) => [v.version, v.reason, v.agreedBy])).toEqual([
      [1, null, supervisorId],
      [2, 'Target dokumen disesuaikan dengan kuota baru', null],
    ]);
    expect(versions[0].indicators!.map((i) => [i.name, i.target])).toEqual([
      ['Dokumen kependudukan yang diproses', 1200],
      ['Rata-rata waktu penyelesaian', 3],
    ]);
    const again = await ds.transaction((m) => repo.agree(revised, supervisorId, m));
    expect(again).toMatchObject({ status: 'AGREED', version: 2 });
    expect((await repo.versionsOf(plan.id))[1].indicators!.map((i) => i.target)).toEqual([1500, 3]);
  });

  it('realisations: one row per indicator and month, the thread in order, and only VERIFIED months for scoring', async () => {
    const plan = (await repo.findPlanOf(agencyId, employeeId, 2026))!;
    const [docs, time] = await repo.indicatorsOf([plan.id]);
    const report = (indicator: typeof docs, month: string, value: number) =>
      ds.transaction(async (m) => {
        const r = await repo.insertRealisation({ indicator, month, value, note: null, evidenceUrl: 'https://bukti.example/1', reportedBy: employeeId }, m);
        await repo.addEvent({ agencyId, realisationId: r.id, actorId: employeeId, action: 'REPORTED', value }, m);
        return r;
      });
    const jan = await report(docs, '2026-01', 100);
    expect(jan).toMatchObject({ month: '2026-01', value: 100, status: 'SUBMITTED', decidedAt: null });
    expect((await pgError(report(docs, '2026-01', 5)))?.code).toBe('23505');
    const feb = await report(docs, '2026-02', 90);
    const mar = await report(docs, '2026-03', 110);
    const janTime = await report(time, '2026-01', 2.5);
    const apr = await report(docs, '2026-04', 95);

    await repo.decideRealisation(jan, { status: 'VERIFIED', feedback: null, decidedBy: supervisorId });
    await repo.addEvent({ agencyId, realisationId: jan.id, actorId: supervisorId, action: 'VERIFIED' });
    // A return without feedback is refused by the table too.
    expect((await pgError(repo.decideRealisation(feb, { status: 'RETURNED', feedback: null, decidedBy: supervisorId })))?.code).toBe('23514');
    const returned = await repo.decideRealisation(feb, { status: 'RETURNED', feedback: 'Lampirkan rekap dari SIAK', decidedBy: supervisorId });
    expect(returned).toMatchObject({ status: 'RETURNED', feedback: 'Lampirkan rekap dari SIAK', decidedBy: supervisorId });
    await repo.addEvent({ agencyId, realisationId: feb.id, actorId: supervisorId, action: 'RETURNED', note: 'Lampirkan rekap dari SIAK' });
    const corrected = await repo.resubmitRealisation(returned, { value: 92, note: 'Rekap terlampir', evidenceUrl: null, reportedBy: employeeId });
    expect(corrected).toMatchObject({ id: feb.id, status: 'SUBMITTED', value: 92, feedback: null, decidedBy: null });
    await repo.addEvent({ agencyId, realisationId: feb.id, actorId: employeeId, action: 'CORRECTED', value: 92, note: 'Rekap terlampir' });
    await repo.decideRealisation(corrected, { status: 'VERIFIED', feedback: null, decidedBy: supervisorId });
    await repo.decideRealisation(janTime, { status: 'VERIFIED', feedback: null, decidedBy: supervisorId });
    await repo.decideRealisation(apr, { status: 'VERIFIED', feedback: null, decidedBy: supervisorId });

    const thread = await repo.eventsOf([feb.id]);
    expect(thread.map((e) => [e.action, e.actorName, e.value, e.note])).toEqual([
      ['REPORTED', 'Ani Pegawai', 90, null],
      ['RETURNED', 'Lurah Uji', null, 'Lampirkan rekap dari SIAK'],
      ['CORRECTED', 'Ani Pegawai', 92, 'Rekap terlampir'],
    ]);
    expect((await repo.realisationsOf(plan.id, '2026-01')).map((r) => [r.indicatorId, r.value])).toEqual([
      [docs.id, 100],
      [time.id, 2.5],
    ]);
    expect((await repo.realisationsOf(plan.id, null)).map((r) => r.month)).toEqual(['2026-01', '2026-01', '2026-02', '2026-03', '2026-04']);
    expect(await repo.findRealisation(otherAgencyId, jan.id)).toBeNull();

    // Q1: January and February verified, March still submitted, April outside.
    const [period] = await repo.verifiedForPeriod(agencyId, employeeId, '2026-01-01', '2026-03-31');
    expect(period).toMatchObject({ workPlanId: plan.id, year: 2026, status: 'AGREED', version: 2 });
    expect(period.indicators.map((i) => [i.name, i.target, i.aggregation, i.verified])).toEqual([
      ['Dokumen kependudukan yang diproses', 1500, 'SUM', [{ month: '2026-01', value: 100 }, { month: '2026-02', value: 92 }]],
      ['Rata-rata waktu penyelesaian', 3, 'AVERAGE', [{ month: '2026-01', value: 2.5 }]],
    ]);
    expect(mar.status).toBe('SUBMITTED');
    expect(await repo.verifiedForPeriod(agencyId, employeeId, '2025-01-01', '2025-12-31')).toEqual([]);
    expect(await repo.verifiedForPeriod(otherAgencyId, employeeId, '2026-01-01', '2026-03-31')).toEqual([]);
  });

  it('missing reports: the ended months of an AGREED plan without a report for a MANUAL indicator', async () => {
    const plan = (await repo.findPlanOf(agencyId, employeeId, 2026))!;
    const [docs, time] = await repo.indicatorsOf([plan.id]);
    const [{ ended }] = await ds.query(
      `SELECT least(12, extract(month FROM now() AT TIME ZONE 'Asia/Jakarta')::int - 1
                        + 12 * (extract(year FROM now() AT TIME ZONE 'Asia/Jakarta')::int - 2026)) AS ended`,
    );
    const months = (from: number) => Array.from({ length: Math.max(0, ended - from + 1) }, (_, k) => `2026-${String(from + k).padStart(2, '0')}`);
    const missing = await repo.missingReports([plan.id]);
    // docs is reported for January to April, time for January only.
    const expected = [...months(5).map((mo) => [mo, docs.id]), ...months(2).map((mo) => [mo, time.id])].sort();
    expect(missing.map((r) => [r.month, r.indicatorId]).sort()).toEqual(expected);
    expect(missing.every((r) => r.workPlanId === plan.id)).toBe(true);
    // A DRAFT plan has nothing due.
    const draft = await repo.createPlan({ agencyId, employeeId: colleagueId, year: 2026, createdBy: colleagueId });
    await repo.addIndicator(draft, fields());
    expect(await repo.missingReports([draft.id])).toEqual([]);
  });

  it('the team view lists every active direct report, with or without a plan', async () => {
    const team = await repo.teamPlans(agencyId, supervisorId, 2026);
    expect(team.map((t) => [t.employeeId, t.plan?.status ?? null])).toEqual([
      [employeeId, 'AGREED'],
      [colleagueId, 'DRAFT'],
    ]);
    expect((await repo.teamPlans(agencyId, supervisorId, 2025)).map((t) => [t.employeeId, t.plan])).toEqual([
      [employeeId, null],
      [colleagueId, null],
    ]);
    expect(await repo.teamPlans(otherAgencyId, supervisorId, 2026)).toEqual([]);
  });

  it('the current month follows the agency’s time zone', async () => {
    const [{ month }] = await ds.query(`SELECT to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month`);
    expect(await repo.currentMonth(agencyId)).toBe(month);
  });
});
