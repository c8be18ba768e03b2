import { errorCode, startStack, Stack } from '../../support/stack';
import { createAgency, createEmployee, login, ok, smallOrganisation } from '../../support/org-fixtures';
import { CURRENT_YEAR, DOCS_INDICATOR, PLAN_YEAR, planMonth, TIME_INDICATOR } from '../../support/work-plan-fixtures';

const CREATE = `mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id status version year employeeId } }`;
const ADD = `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id name target weight direction aggregation source method } }`;
const UPDATE = `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { id target } }`;
const REMOVE = `mutation($id: ID!) { removeIndicator(indicatorId: $id) { id indicators { id } } }`;
const AGREE = `mutation($id: ID!) { agreeWorkPlan(workPlanId: $id) { id status version agreedById } }`;
const REVISE = `mutation($i: ReviseWorkPlanInput!) { reviseWorkPlan(input: $i) { id status version } }`;
const REPORT = `mutation($i: ReportRealisationInput!) { reportRealisation(input: $i) { id status month value note evidenceUrl feedback thread { action } } }`;
const VERIFY = `mutation($i: VerifyRealisationInput!) { verifyRealisation(input: $i) { id status feedback thread { action note } } }`;
const REALISATIONS = `query($p: ID!, $m: String) { realisations(workPlanId: $p, month: $m) {
  id indicatorId month value status feedback thread { action actorId actorName value note evidenceUrl at } } }`;
const PLAN = `query($id: ID!) { workPlan(id: $id) { id status version employee { id name }
  indicators { id name target direction } versions { version reason createdById agreedById agreedAt indicators { name target } } } }`;

const YEAR = PLAN_YEAR;
const month = planMonth;
const DOCS = DOCS_INDICATOR;
const TIME = TIME_INDICATOR;
const IKM = {
  name: 'Kepuasan masyarakat atas layanan',
  unit: 'indeks',
  target: 3.2,
  weight: 1,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'AVERAGE',
  source: 'CITIZEN_SATISFACTION',
  method: 'SURVEY',
};

describe('work plans (SKP) and monthly realisations through GraphQL (issue 13)', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let planId: string;
  const ind: Record<'docs' | 'time' | 'ikm', string> = { docs: '', time: '', ikm: '' };
  const real: Record<string, string> = {};

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.gql(query, variables, token);
  const code = async (query: string, variables: Record<string, unknown>, token: string) => errorCode(await gql(query, variables, token));

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji SKP');
  });
  afterAll(() => stack?.close());

  it('the employee drafts a plan with three indicators (one lower-is-better); the direct supervisor agrees it', async () => {
    const created = (await ok(stack, CREATE, { i: { employeeId: org.people.staffA.id, year: YEAR } }, org.tokens.staffA)).createWorkPlan;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, year: YEAR, employeeId: org.people.staffA.id });
    planId = created.id;
    expect(await code(CREATE, { i: { employeeId: org.people.staffA.id, year: YEAR } }, org.tokens.lurahA)).toBe('DUPLICATE_WORK_PLAN');

    ind.docs = (await ok(stack, ADD, { i: { workPlanId: planId, ...DOCS } }, org.tokens.staffA)).addIndicator.id;
    // The direct supervisor drafts too.
    const time = (await ok(stack, ADD, { i: { workPlanId: planId, ...TIME } }, org.tokens.lurahA)).addIndicator;
    expect(time).toMatchObject({
      target: 3,
      weight: 1,
      direction: 'LOWER_IS_BETTER',
      aggregation: 'AVERAGE',
      method: 'Evaluasi register berkas',
    });
    ind.time = time.id;
    ind.ikm = (await ok(stack, ADD, { i: { workPlanId: planId, ...IKM } }, org.tokens.staffA)).addIndicator.id;

    // Reporting needs an agreed plan.
    expect(await code(REPORT, { i: { indicatorId: ind.docs, month: month(1), value: 1 } }, org.tokens.staffA)).toBe('WORK_PLAN_NOT_AGREED');
    // The employee cannot agree their own plan (EMPLOYEE role: refused before anything is read).
    expect(await code(AGREE, { id: planId }, org.tokens.staffA)).toBe('FORBIDDEN');
    // Another unit's supervisor is not the direct supervisor.
    expect(await code(AGREE, { id: planId }, org.tokens.lurahB)).toBe('FORBIDDEN');

    const agreed = (await ok(stack, AGREE, { id: planId }, org.tokens.lurahA)).agreeWorkPlan;
    expect(agreed).toEqual({ id: planId, status: 'AGREED', version: 1, agreedById: org.people.lurahA.id });
    expect(await code(AGREE, { id: planId }, org.tokens.lurahA)).toBe('WORK_PLAN_NOT_DRAFT');
    expect(await code(ADD, { i: { workPlanId: planId, ...DOCS, name: 'Indikator baru' } }, org.tokens.staffA)).toBe('WORK_PLAN_NOT_DRAFT');

    const plan = (await ok(stack, PLAN, { id: planId }, org.tokens.staffA)).workPlan;
    expect(plan.employee).toEqual({ id: org.people.staffA.id, name: 'Staf Sukamiskin' });
    expect(plan.indicators.map((i: { name: string; direction: string }) => [i.name, i.direction])).toEqual([
      [DOCS.name, 'HIGHER_IS_BETTER'],
      [TIME.name, 'LOWER_IS_BETTER'],
      [IKM.name, 'HIGHER_IS_BETTER'],
    ]);
  });

  it('a supervisor agrees nobody’s plan of their own: the plan of a SUPERVISOR is agreed by theirs', async () => {
    const own = (await ok(stack, CREATE, { i: { employeeId: org.people.lurahA.id, year: YEAR } }, org.tokens.lurahA)).createWorkPlan.id;
    await ok(stack, ADD, { i: { workPlanId: own, ...DOCS } }, org.tokens.lurahA);
    expect(await code(AGREE, { id: own }, org.tokens.lurahA)).toBe('FORBIDDEN');
    expect((await ok(stack, AGREE, { id: own }, org.tokens.camat)).agreeWorkPlan.status).toBe('AGREED');
  });

  it('three months reported; two verified, one returned with feedback, corrected, then verified; the thread reads back in order', async () => {
    const report = async (indicatorId: string, m: string, value: number, extra: Record<string, unknown> = {}) =>
      (await ok(stack, REPORT, { i: { indicatorId, month: m, value, ...extra } }, org.tokens.staffA)).reportRealisation;
    const jan = await report(ind.docs, month(1), 95, {
      note: 'Rekap SIAK Januari',
      evidenceUrl: 'https://drive.example.go.id/rekap-januari',
    });
    expect(jan).toMatchObject({
      status: 'SUBMITTED',
      month: month(1),
      value: 95,
      evidenceUrl: 'https://drive.example.go.id/rekap-januari',
    });
    expect(jan.thread).toEqual([{ action: 'REPORTED' }]);
    real.jan = jan.id;
    real.feb = (await report(ind.docs, month(2), 80, { note: 'Rekap Februari' })).id;
    real.mar = (await report(ind.docs, month(3), 110)).id;
    real.timeJan = (await report(ind.time, month(1), 2.5)).id;

    const verify = (id: string, decision: string, feedback?: string, token = org.tokens.lurahA) =>
      gql(VERIFY, { i: { realisationId: id, decision, ...(feedback ? { feedback } : {}) } }, token);
    // Only the direct supervisor decides: not a peer, not the employee, not another supervisor.
    expect(errorCode(await verify(real.jan, 'VERIFIED', undefined, org.tokens.staffB))).toBe('FORBIDDEN');
    expect(errorCode(await verify(real.jan, 'VERIFIED', undefined, org.tokens.staffA))).toBe('FORBIDDEN');
    expect(errorCode(await verify(real.jan, 'VERIFIED', undefined, org.tokens.lurahB))).toBe('FORBIDDEN');
    expect(errorCode(await verify(real.jan, 'VERIFIED', undefined, org.tokens.camat))).toBe('FORBIDDEN');

    expect((await verify(real.jan, 'VERIFIED')).data!.verifyRealisation.status).toBe('VERIFIED');
    expect((await verify(real.mar, 'VERIFIED')).data!.verifyRealisation.status).toBe('VERIFIED');
    expect(errorCode(await verify(real.feb, 'RETURNED'))).toBe('FEEDBACK_REQUIRED');
    expect(errorCode(await verify(real.feb, 'RETURNED', '   '))).toBe('FEEDBACK_REQUIRED');
    const returned = (await verify(real.feb, 'RETURNED', 'Angka tidak sesuai rekap SIAK; lampirkan bukti.')).data!.verifyRealisation;
    expect(returned).toMatchObject({ status: 'RETURNED', feedback: 'Angka tidak sesuai rekap SIAK; lampirkan bukti.' });
    expect(errorCode(await verify(real.feb, 'VERIFIED'))).toBe('REALISATION_NOT_SUBMITTED');
    expect(errorCode(await verify(real.jan, 'RETURNED', 'Terlambat'))).toBe('REALISATION_ALREADY_VERIFIED');

    // A verified month is final; a returned one is corrected by reporting again (same row).
    expect(await code(REPORT, { i: { indicatorId: ind.docs, month: month(1), value: 99 } }, org.tokens.staffA)).toBe(
      'REALISATION_ALREADY_VERIFIED',
    );
    const corrected = await report(ind.docs, month(2), 84, {
      note: 'Sudah disesuaikan dengan rekap SIAK',
      evidenceUrl: 'https://drive.example.go.id/rekap-februari',
    });
    expect(corrected).toMatchObject({ id: real.feb, status: 'SUBMITTED', value: 84, feedback: null });
    expect((await verify(real.feb, 'VERIFIED', 'Terima kasih, sudah sesuai.')).data!.verifyRealisation.status).toBe('VERIFIED');

    const feb = (await ok(stack, REALISATIONS, { p: planId, m: month(2) }, org.tokens.lurahA)).realisations;
    expect(feb).toHaveLength(1);
    expect(feb[0]).toMatchObject({ id: real.feb, indicatorId: ind.docs, month: month(2), value: 84, status: 'VERIFIED' });
    expect(
      feb[0].thread.map(
        (e: { action: string; actorName: string; value: number | null; note: string | null; evidenceUrl: string | null }) => [
          e.action,
          e.actorName,
          e.value,
          e.note,
          e.evidenceUrl,
        ],
      ),
    ).toEqual([
      ['REPORTED', 'Staf Sukamiskin', 80, 'Rekap Februari', null],
      ['RETURNED', 'Lurah Sukamiskin', null, 'Angka tidak sesuai rekap SIAK; lampirkan bukti.', null],
      ['CORRECTED', 'Staf Sukamiskin', 84, 'Sudah disesuaikan dengan rekap SIAK', 'https://drive.example.go.id/rekap-februari'],
      ['VERIFIED', 'Lurah Sukamiskin', null, 'Terima kasih, sudah sesuai.', null],
    ]);
    const times = feb[0].thread.map((e: { at: string }) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const all = (await ok(stack, REALISATIONS, { p: planId }, org.tokens.staffA)).realisations;
    expect(all.map((r: { month: string; indicatorId: string; status: string }) => [r.month, r.indicatorId, r.status])).toEqual([
      [month(1), ind.docs, 'VERIFIED'],
      [month(1), ind.time, 'SUBMITTED'],
      [month(2), ind.docs, 'VERIFIED'],
      [month(3), ind.docs, 'VERIFIED'],
    ]);
    // A peer does not read another's plan or realisations.
    expect(await code(REALISATIONS, { p: planId }, org.tokens.staffB)).toBe('FORBIDDEN');
    expect(await code(PLAN, { id: planId }, org.tokens.staffB)).toBe('FORBIDDEN');
    // The reporting line does (the camat above the lurah).
    expect((await ok(stack, REALISATIONS, { p: planId, m: month(3) }, org.tokens.camat)).realisations).toHaveLength(1);
  });

  it('refuses invalid input with stable codes', async () => {
    const add = (over: Record<string, unknown>) => code(ADD, { i: { workPlanId: planId, ...DOCS, ...over } }, org.tokens.staffA);
    const draft = (await ok(stack, CREATE, { i: { employeeId: org.people.staffA.id, year: YEAR - 1 } }, org.tokens.staffA)).createWorkPlan
      .id;
    const addTo = (over: Record<string, unknown>) => code(ADD, { i: { workPlanId: draft, ...DOCS, ...over } }, org.tokens.staffA);
    expect(await addTo({ target: 0 })).toBe('INVALID_TARGET');
    expect(await addTo({ target: -5 })).toBe('INVALID_TARGET');
    expect(await addTo({ weight: 0 })).toBe('INVALID_WEIGHT');
    expect(await addTo({ name: 'Waktu layanan', source: 'SERVICE_COMPLETION_TIME' })).toBe('INDICATOR_SOURCE_MISMATCH');
    expect(await addTo({ name: 'X' })).toBe('BAD_USER_INPUT');
    expect(await addTo({ direction: 'SIDEWAYS' })).toBe('BAD_USER_INPUT');
    expect(await addTo({ method: 'S' })).toBe('BAD_USER_INPUT');
    await ok(stack, ADD, { i: { workPlanId: draft, ...DOCS } }, org.tokens.staffA);
    expect(await addTo({ name: '  dokumen KEPENDUDUKAN yang diterbitkan ' })).toBe('DUPLICATE_INDICATOR');
    expect(await add({})).toBe('WORK_PLAN_NOT_DRAFT');
    expect(await code(CREATE, { i: { employeeId: org.people.staffA.id, year: 1999 } }, org.tokens.staffA)).toBe('BAD_USER_INPUT');

    const report = (over: Record<string, unknown>, indicatorId = ind.time) =>
      code(REPORT, { i: { indicatorId, month: month(4), value: 2, ...over } }, org.tokens.staffA);
    expect(await report({ month: `${YEAR}-13` })).toBe('BAD_USER_INPUT');
    expect(await report({ month: `${YEAR}-4` })).toBe('BAD_USER_INPUT');
    expect(await report({ month: `${YEAR - 1}-12` })).toBe('MONTH_OUT_OF_PLAN_YEAR');
    expect(await report({ value: -1 })).toBe('BAD_USER_INPUT');
    expect(await report({ evidenceUrl: 'javascript:alert(1)' })).toBe('BAD_USER_INPUT');
    expect(await report({ evidenceUrl: 'ftp://berkas.example/bukti' })).toBe('BAD_USER_INPUT');
    expect(await report({ note: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
    expect(await report({}, ind.ikm)).toBe('INDICATOR_NOT_MANUAL');
    // Only the employee reports.
    expect(await code(REPORT, { i: { indicatorId: ind.time, month: month(4), value: 2 } }, org.tokens.lurahA)).toBe('FORBIDDEN');
    expect(await code(`query($p: ID!) { realisations(workPlanId: $p, month: "maret") { id } }`, { p: planId }, org.tokens.staffA)).toBe(
      'BAD_USER_INPUT',
    );

    // Next year's plan, agreed: its months are still ahead.
    const next = (await ok(stack, CREATE, { i: { employeeId: org.people.staffA.id, year: CURRENT_YEAR + 1 } }, org.tokens.lurahA))
      .createWorkPlan.id;
    const nextInd = (await ok(stack, ADD, { i: { workPlanId: next, ...DOCS } }, org.tokens.lurahA)).addIndicator.id;
    await ok(stack, AGREE, { id: next }, org.tokens.lurahA);
    expect(await code(REPORT, { i: { indicatorId: nextInd, month: `${CURRENT_YEAR + 1}-01`, value: 1 } }, org.tokens.staffA)).toBe(
      'MONTH_IN_FUTURE',
    );
    expect(await code(AGREE, { id: draft }, org.tokens.lurahA)).toBeUndefined();
  });

  it('an agreed plan changes only as a new version with a reason; the history keeps what was agreed', async () => {
    expect(await code(REVISE, { i: { workPlanId: planId, reason: 'ubah' } }, org.tokens.staffA)).toBe('BAD_USER_INPUT');
    expect(await code(REVISE, { i: { workPlanId: planId, reason: 'Kuota dokumen naik' } }, org.tokens.staffB)).toBe('FORBIDDEN');
    const revised = (await ok(stack, REVISE, { i: { workPlanId: planId, reason: 'Kuota dokumen naik sejak Juli' } }, org.tokens.lurahA))
      .reviseWorkPlan;
    expect(revised).toEqual({ id: planId, status: 'DRAFT', version: 2 });
    expect(await code(REVISE, { i: { workPlanId: planId, reason: 'Sekali lagi' } }, org.tokens.lurahA)).toBe('WORK_PLAN_NOT_AGREED');
    // While DRAFT again, the employee cannot report; indicators can change.
    expect(await code(REPORT, { i: { indicatorId: ind.time, month: month(5), value: 2 } }, org.tokens.staffA)).toBe('WORK_PLAN_NOT_AGREED');
    expect(
      (await ok(stack, UPDATE, { i: { indicatorId: ind.docs, ...DOCS, target: 1500 } }, org.tokens.staffA)).updateIndicator.target,
    ).toBe(1500);
    // An indicator with realisations stays; one without may go.
    expect(await code(REMOVE, { id: ind.docs }, org.tokens.staffA)).toBe('INDICATOR_HAS_REALISATIONS');
    const extra = (await ok(stack, ADD, { i: { workPlanId: planId, ...DOCS, name: 'Pengaduan yang ditindaklanjuti' } }, org.tokens.staffA))
      .addIndicator.id;
    expect((await ok(stack, REMOVE, { id: extra }, org.tokens.staffA)).removeIndicator.indicators).toHaveLength(3);
    await ok(stack, AGREE, { id: planId }, org.tokens.lurahA);

    const plan = (await ok(stack, PLAN, { id: planId }, org.tokens.lurahA)).workPlan;
    expect(plan).toMatchObject({ status: 'AGREED', version: 2 });
    expect(
      plan.versions.map((v: { version: number; reason: string | null; createdById: string; agreedById: string }) => [
        v.version,
        v.reason,
        v.createdById,
        v.agreedById,
      ]),
    ).toEqual([
      [1, null, org.people.staffA.id, org.people.lurahA.id],
      [2, 'Kuota dokumen naik sejak Juli', org.people.lurahA.id, org.people.lurahA.id],
    ]);
    const targets = (v: { indicators: Array<{ name: string; target: number }> }) => v.indicators.map((i) => [i.name, i.target]);
    expect(targets(plan.versions[0])).toEqual([
      [DOCS.name, 1200],
      [TIME.name, 3],
      [IKM.name, 3.2],
    ]);
    expect(targets(plan.versions[1])).toEqual([
      [DOCS.name, 1500],
      [TIME.name, 3],
      [IKM.name, 3.2],
    ]);
    // The verified months are untouched by the revision.
    const statuses = (await ok(stack, REALISATIONS, { p: planId }, org.tokens.staffA)).realisations.map(
      (r: { status: string }) => r.status,
    );
    expect(statuses).toEqual(['VERIFIED', 'SUBMITTED', 'VERIFIED', 'VERIFIED']);
  });

  it('the supervisor sees the whole team for a year, including who has no plan yet', async () => {
    const newcomer = await createEmployee(stack, org.admin.token, {
      name: 'Pegawai Baru Sukamiskin',
      position: 'Pengadministrasi Umum',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    const q = `query($y: Int!) { teamWorkPlans(year: $y) { employee { id name } workPlan { id status version indicators { id } } } }`;
    const team = (await ok(stack, q, { y: YEAR }, org.tokens.lurahA)).teamWorkPlans;
    expect(team).toEqual([
      { employee: { id: newcomer.id, name: 'Pegawai Baru Sukamiskin' }, workPlan: null },
      {
        employee: { id: org.people.staffA.id, name: 'Staf Sukamiskin' },
        workPlan: { id: planId, status: 'AGREED', version: 2, indicators: [{ id: ind.docs }, { id: ind.time }, { id: ind.ikm }] },
      },
    ]);
    expect(await code(q, { y: YEAR }, org.tokens.staffA)).toBe('FORBIDDEN');

    // Last year has ended: every month without a report of a MANUAL indicator is missing (the
    // automatic IKM indicator is never reported by hand). docs: January–March reported; time: January.
    const missing = (
      await ok(
        stack,
        `query($y: Int!) { teamWorkPlans(year: $y) { workPlan { missingReports { indicatorId month } } } }`,
        { y: YEAR },
        org.tokens.lurahA,
      )
    ).teamWorkPlans[1].workPlan.missingReports as Array<{ indicatorId: string; month: string }>;
    const months = (from: number) => Array.from({ length: 12 - from + 1 }, (_, k) => month(from + k));
    expect(missing.filter((r) => r.indicatorId === ind.docs).map((r) => r.month)).toEqual(months(4));
    expect(missing.filter((r) => r.indicatorId === ind.time).map((r) => r.month)).toEqual(months(2));
    expect(missing).toHaveLength(9 + 11);
    // The employee sees the same on their own plan.
    const own = (await ok(stack, `query($y: Int!) { myWorkPlan(year: $y) { missingReports { month } } }`, { y: YEAR }, org.tokens.staffA))
      .myWorkPlan.missingReports;
    expect(own).toHaveLength(20);
    const mine = (await ok(stack, `query($y: Int!) { myWorkPlan(year: $y) { id } }`, { y: YEAR }, org.tokens.staffA)).myWorkPlan;
    expect(mine).toEqual({ id: planId });
    const newcomerToken = (await login(stack, newcomer.nip, org.password)).token;
    expect((await ok(stack, `query($y: Int!) { myWorkPlan(year: $y) { id } }`, { y: YEAR }, newcomerToken)).myWorkPlan).toBeNull();
  });

  it('another agency’s ADMIN finds none of it: NOT_FOUND everywhere', async () => {
    const other = await createAgency(stack, 'Kota Uji SKP Lain');
    expect(await code(PLAN, { id: planId }, other.token)).toBe('NOT_FOUND');
    expect(await code(REALISATIONS, { p: planId }, other.token)).toBe('NOT_FOUND');
    expect(await code(AGREE, { id: planId }, other.token)).toBe('NOT_FOUND');
    expect(await code(REVISE, { i: { workPlanId: planId, reason: 'Perubahan dari luar' } }, other.token)).toBe('NOT_FOUND');
    expect(await code(ADD, { i: { workPlanId: planId, ...DOCS, name: 'Dari instansi lain' } }, other.token)).toBe('NOT_FOUND');
    expect(await code(REMOVE, { id: ind.time }, other.token)).toBe('NOT_FOUND');
    expect(await code(REPORT, { i: { indicatorId: ind.time, month: month(6), value: 1 } }, other.token)).toBe('NOT_FOUND');
    expect(await code(VERIFY, { i: { realisationId: real.timeJan, decision: 'VERIFIED' } }, other.token)).toBe('NOT_FOUND');
    expect(await code(CREATE, { i: { employeeId: org.people.staffB.id, year: YEAR } }, other.token)).toBe('NOT_FOUND');
  });

  it('every change is in the audit log, attributed to who made it', async () => {
    const d = await ok(stack, `{ auditLog(first: 200) { action actorId entityType entityId } }`, {}, org.admin.token);
    const log = d.auditLog as Array<{ action: string; actorId: string; entityType: string; entityId: string }>;
    const on = (entityId: string) => log.filter((e) => e.entityId === entityId).map((e) => [e.action, e.actorId]);
    const { staffA, lurahA } = org.people;
    expect(on(planId).sort()).toEqual(
      [
        ['WORK_PLAN_CREATED', staffA.id],
        ['WORK_PLAN_AGREED', lurahA.id],
        ['WORK_PLAN_REVISED', lurahA.id],
        ['WORK_PLAN_AGREED', lurahA.id],
      ].sort(),
    );
    expect(on(real.feb).sort()).toEqual(
      [
        ['REALISATION_REPORTED', staffA.id],
        ['REALISATION_RETURNED', lurahA.id],
        ['REALISATION_CORRECTED', staffA.id],
        ['REALISATION_VERIFIED', lurahA.id],
      ].sort(),
    );
    expect(on(ind.docs).sort()).toEqual(
      [
        ['INDICATOR_ADDED', staffA.id],
        ['INDICATOR_UPDATED', staffA.id],
      ].sort(),
    );
    expect(log.some((e) => e.action === 'INDICATOR_REMOVED' && e.actorId === staffA.id)).toBe(true);
  });
});
