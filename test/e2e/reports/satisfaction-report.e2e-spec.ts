import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { insertRatings, quarter, recomputeAndWait, WORKED_EXAMPLE, EARLIER_QUARTER } from '../../support/scoring-fixtures';
import { createAgency, createPeriod, ok, smallOrganisation } from '../../support/org-fixtures';

/**
 * satisfactionReport: the SKM report data of a service point and period, for ADMIN and the heads
 * of the point's unit; the same figures as servicePointSatisfaction; the profile tabulated from the
 * stored respondent profiles; the trend of the same kind of period.
 */
const REPORT = `query($s: ID!, $p: ID!) { satisfactionReport(servicePointId: $s, periodId: $p) {
  servicePoint { id name unitName } period { id name startsOn endsOn } respondents
  elements { code label nrr weightedNrr respondents } weakestElement ikm ikmConverted mutu kinerja quickCount quickMean
  profile { ageBands { key label count percent } sex { key label count percent } education { key label count percent } occupation { key label count percent } }
  trend { periodId periodName startsOn respondents ikmConverted mutu }
} }`;
const SUMMARY = `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) {
  respondents elements { code name nrr } ikm ikmConverted mutu kinerja quickCount quickMean } }`;

describe('satisfactionReport (SKM report data)', () => {
  let stack: Stack;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let agencyId: string;
  const periods: Record<'q1' | 'q2' | 'q3', string> = { q1: '', q2: '', q3: '' };

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Laporan SKM');
    [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [org.servicePointA])).rows;
    periods.q3 = await createPeriod(stack, org.admin.token, quarter(2026, 3));
    periods.q1 = await createPeriod(stack, org.admin.token, quarter(2026, 1));
    periods.q2 = await createPeriod(stack, org.admin.token, quarter(2026, 2));
    const at = { agencyId, servicePointId: org.servicePointA };
    // Q3: the worked example with profiles, plus two QUICK taps; Q2: the earlier quarter.
    await insertRatings(db, { ...at, submittedAt: '2026-08-15T03:00:00Z' }, WORKED_EXAMPLE.slice(0, 2), {
      respondent: { ageBand: 'AGE_30_39', sex: 'PEREMPUAN', education: 'D4_S1', occupation: 'PEGAWAI_SWASTA' },
    });
    await insertRatings(db, { ...at, submittedAt: '2026-08-16T03:00:00Z' }, WORKED_EXAMPLE.slice(2, 3), {
      respondent: { ageBand: 'AGE_20_29', sex: 'LAKI_LAKI' },
    });
    await insertRatings(db, { ...at, submittedAt: '2026-08-17T03:00:00Z' }, [WORKED_EXAMPLE[3], 2, 4]);
    await insertRatings(db, { ...at, submittedAt: '2026-05-10T03:00:00Z' }, EARLIER_QUARTER);
    await recomputeAndWait(stack, db, org.admin.token, [periods.q1, periods.q2, periods.q3], org.servicePointA);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('gives ADMIN exactly the figures of servicePointSatisfaction, with labels, weights, profile and trend', async () => {
    const v = { s: org.servicePointA, p: periods.q3 };
    const r = (await ok(stack, REPORT, v, org.admin.token)).satisfactionReport;
    const s = (await ok(stack, SUMMARY, v, org.admin.token)).servicePointSatisfaction;
    expect(r.servicePoint).toEqual({ id: org.servicePointA, name: 'Loket Adminduk', unitName: 'Kelurahan Sukamiskin' });
    expect(r.period).toEqual({ id: periods.q3, name: 'Triwulan III 2026', startsOn: '2026-07-01', endsOn: '2026-09-30' });
    expect(r.respondents).toBe(4);
    expect(r.respondents).toBe(s.respondents);
    for (const k of ['ikm', 'ikmConverted', 'mutu', 'kinerja', 'quickCount', 'quickMean'] as const) expect(r[k]).toBe(s[k]);
    expect(r.ikmConverted.toFixed(2)).toBe('86.81');
    expect(r.mutu).toBe('B');
    expect(r.quickMean).toBe(3);
    expect(r.elements.map((e: { code: string }) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    r.elements.forEach((e: { code: string; label: string; nrr: number; weightedNrr: number; respondents: number }, i: number) => {
      expect(e.nrr).toBe(s.elements[i].nrr);
      expect(e.label).toBe(s.elements[i].name);
      expect(e.weightedNrr).toBeCloseTo(e.nrr / 9, 12);
      expect(e.respondents).toBe(4);
    });
    expect(r.elements[7].label).toBe('Penanganan pengaduan, saran dan masukan');
    expect(r.weakestElement).toBe('U8');

    const row = (rows: Array<{ key: string; count: number; percent: number; label: string }>, key: string) =>
      rows.find((x) => x.key === key);
    expect(r.profile.ageBands.map((x: { key: string }) => x.key)).toEqual([
      'UNDER_20',
      'AGE_20_29',
      'AGE_30_39',
      'AGE_40_49',
      'AGE_50_59',
      'AGE_60_PLUS',
      'TIDAK_DIISI',
    ]);
    expect(row(r.profile.ageBands, 'AGE_30_39')).toEqual({ key: 'AGE_30_39', label: '30–39', count: 2, percent: 50 });
    expect(row(r.profile.ageBands, 'AGE_20_29')?.count).toBe(1);
    expect(row(r.profile.ageBands, 'TIDAK_DIISI')).toEqual({ key: 'TIDAK_DIISI', label: 'Tidak diisi', count: 1, percent: 25 });
    expect(row(r.profile.sex, 'PEREMPUAN')).toMatchObject({ label: 'Perempuan', count: 2 });
    expect(row(r.profile.education, 'D4_S1')).toMatchObject({ label: 'D4/S1', count: 2 });
    expect(row(r.profile.education, 'TIDAK_DIISI')?.count).toBe(2);
    expect(row(r.profile.occupation, 'PEGAWAI_SWASTA')).toMatchObject({ label: 'Pegawai swasta', count: 2, percent: 50 });
    for (const table of Object.values(r.profile) as Array<Array<{ count: number }>>) {
      expect(table.reduce((t, x) => t + x.count, 0)).toBe(4);
    }

    expect(r.trend.map((t: { periodName: string }) => t.periodName)).toEqual(['Triwulan I 2026', 'Triwulan II 2026', 'Triwulan III 2026']);
    expect(r.trend[1]).toMatchObject({ periodId: periods.q2, startsOn: '2026-04-01', respondents: 2, mutu: 'A' });
    expect(r.trend[1].ikmConverted.toFixed(2)).toBe('95.83');
    expect(r.trend[2].ikmConverted).toBe(s.ikmConverted);
    expect(r.trend[0]).toMatchObject({ respondents: 0, ikmConverted: null, mutu: null });
  });

  it('answers the heads of the point’s unit (the lurah and the camat above), nobody else', async () => {
    const v = { s: org.servicePointA, p: periods.q2 };
    for (const token of [org.tokens.lurahA, org.tokens.camat]) {
      const r = (await ok(stack, REPORT, v, token)).satisfactionReport;
      expect(r.respondents).toBe(2);
    }
    const lurahB = await stack.gql(REPORT, v, org.tokens.lurahB);
    expect(errorCode(lurahB)).toBe('FORBIDDEN');
    expect(lurahB.errors?.[0].extensions?.details).toEqual({ reason: 'NOT_A_UNIT_HEAD' });
    expect(lurahB.data).toBeNull();
    expect(errorCode(await stack.gql(REPORT, v, org.tokens.staffA))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(REPORT, v))).toBe('UNAUTHENTICATED');
  });

  it('another agency’s ids look unknown; malformed ids are bad input', async () => {
    const stranger = await createAgency(stack, 'Instansi Lain SKM');
    const res = await stack.gql(REPORT, { s: org.servicePointA, p: periods.q3 }, stranger.token);
    expect(errorCode(res)).toBe('NOT_FOUND');
    const foreignPeriod = await createPeriod(stack, stranger.token, quarter(2026, 3));
    expect(errorCode(await stack.gql(REPORT, { s: org.servicePointA, p: foreignPeriod }, org.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(REPORT, { s: 'nope', p: periods.q3 }, org.admin.token))).toBe('BAD_USER_INPUT');
  });

  it('a period without ratings: zero respondents, null figures, every element and profile row present', async () => {
    const r = (await ok(stack, REPORT, { s: org.servicePointA, p: periods.q1 }, org.admin.token)).satisfactionReport;
    expect(r).toMatchObject({ respondents: 0, ikm: null, ikmConverted: null, mutu: null, weakestElement: null, quickMean: null });
    expect(r.elements).toHaveLength(9);
    expect(r.elements[0]).toEqual({ code: 'U1', label: 'Persyaratan', nrr: null, weightedNrr: null, respondents: 0 });
    expect(r.profile.sex.every((x: { count: number; percent: number }) => x.count === 0 && x.percent === 0)).toBe(true);
  });
});
