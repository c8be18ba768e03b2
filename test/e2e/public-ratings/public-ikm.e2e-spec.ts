import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { computeIkm, IKM_ELEMENTS, IKM_ELEMENT_CODES } from '../../../libs/scoring/src/ikm';
import { errorCode, startStack, Stack } from '../../support/stack';
import { EARLIER_QUARTER, insertRatings, quarter, recomputeAndWait, WORKED_EXAMPLE } from '../../support/scoring-fixtures';
import { createPeriod, createRatingLink, ok, smallOrganisation } from '../../support/org-fixtures';

/**
 * publicServicePointSatisfaction: what the public page /ikm/<servicePointId> shows. No login; the
 * worker's stored aggregates per period, newest first, at most 8; nothing about staff, comments or
 * respondents; stable error codes.
 */
const QUERY = `query($s: ID!) { publicServicePointSatisfaction(servicePointId: $s) {
  servicePointId servicePointName unitName agencyName
  periods { periodId name kind startsOn endsOn respondents ikm ikmConverted mutu kinerja elements { code name nrr } weakest quickCount quickMean updatedAt }
} }`;

/** The IKM libs/scoring computes from raw questionnaires (the same function the worker uses). */
function expected(rows: number[][]) {
  return computeIkm({
    respondents: rows.length,
    elements: Object.fromEntries(IKM_ELEMENT_CODES.map((c, i) => [c, { sum: rows.reduce((t, r) => t + r[i], 0), count: rows.length }])),
  });
}

describe('publicServicePointSatisfaction (the public IKM page’s data)', () => {
  let stack: Stack;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let agencyId: string;
  const periods: Record<'q1' | 'q2' | 'q3', string> = { q1: '', q2: '', q3: '' };

  /** Facts straight into the table, with an officer, a comment and a profile the public must never see. */
  const rate = (servicePointId: string, rows: Array<number[] | number>, submittedAt: string) =>
    insertRatings(db, { agencyId, servicePointId, submittedAt }, rows, {
      employeeId: org.people.staffA.id,
      comment: 'Komentar rahasia warga',
      respondent: { sex: 'PEREMPUAN', education: 'SMA' },
    });

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji IKM Publik');
    [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [org.servicePointA])).rows;
    // Created out of order: the answer orders by the period's dates, not by creation.
    periods.q3 = await createPeriod(stack, org.admin.token, quarter(2026, 3));
    periods.q1 = await createPeriod(stack, org.admin.token, quarter(2026, 1));
    periods.q2 = await createPeriod(stack, org.admin.token, quarter(2026, 2));
    await rate(org.servicePointA, [...WORKED_EXAMPLE, 2, 4], '2026-08-15T03:00:00Z');
    await rate(org.servicePointA, EARLIER_QUARTER, '2026-05-10T03:00:00Z');
    await recomputeAndWait(stack, db, org.admin.token, [periods.q1, periods.q2, periods.q3], org.servicePointA);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('answers without a login with the worked example (86.81, B, Baik, weakest U8) and the earlier period, newest first', async () => {
    const res = await stack.gql(QUERY, { s: org.servicePointA });
    expect(res.errors).toBeUndefined();
    const d = res.data!.publicServicePointSatisfaction;
    expect(d).toMatchObject({
      servicePointId: org.servicePointA,
      servicePointName: 'Loket Adminduk',
      unitName: 'Kelurahan Sukamiskin',
      agencyName: org.admin.name,
    });
    // Triwulan I has a stored row (the recompute writes one for every point) but no rating: not published.
    expect(d.periods.map((p: { name: string }) => p.name)).toEqual(['Triwulan III 2026', 'Triwulan II 2026']);
    const [latest, earlier] = d.periods;

    const worked = expected(WORKED_EXAMPLE);
    expect(latest).toMatchObject({
      periodId: periods.q3,
      kind: 'QUARTERLY',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      respondents: 4,
      mutu: 'B',
      kinerja: 'Baik',
      weakest: ['U8'],
      quickCount: 2,
      quickMean: 3,
    });
    expect(latest.ikm).toBe(worked.ikm);
    expect(latest.ikmConverted).toBe(worked.converted);
    expect(latest.ikmConverted).toBeGreaterThanOrEqual(25);
    expect(latest.ikmConverted).toBeLessThanOrEqual(100);
    expect(latest.ikmConverted.toFixed(2)).toBe('86.81');
    expect(latest.elements).toEqual(
      IKM_ELEMENTS.map((e, i) => ({ code: e.code, name: e.name, nrr: [3.5, 3.5, 3.25, 4, 3.25, 3.5, 4, 2.75, 3.5][i] })),
    );
    expect(latest.elements[7].name).toBe('Penanganan pengaduan, saran dan masukan');
    expect(latest.elements[8].name).toBe('Sarana dan prasarana');
    expect(new Date(latest.updatedAt).getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);

    const older = expected(EARLIER_QUARTER);
    expect(earlier).toMatchObject({
      periodId: periods.q2,
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
      respondents: 2,
      mutu: 'A',
      kinerja: 'Sangat Baik',
      weakest: ['U9'],
      quickCount: 0,
      quickMean: null,
    });
    expect(earlier.ikmConverted).toBe(older.converted);
    expect(earlier.ikmConverted.toFixed(2)).toBe('95.83');
  });

  it('exposes nothing about staff, comments or respondents: the types have exactly the published fields', async () => {
    const raw = JSON.stringify((await stack.gql(QUERY, { s: org.servicePointA })).data);
    for (const secret of ['Komentar rahasia', 'PEREMPUAN', org.people.staffA.id, 'Staf Sukamiskin', org.people.staffA.nip]) {
      expect(raw).not.toContain(secret);
    }
    const fields = async (type: string) =>
      (await ok(stack, `query($t: String!) { __type(name: $t) { fields { name } } }`, { t: type })).__type.fields
        .map((f: { name: string }) => f.name)
        .sort();
    expect(await fields('PublicServicePointSatisfaction')).toEqual([
      'agencyName',
      'periods',
      'servicePointId',
      'servicePointName',
      'unitName',
    ]);
    expect(await fields('PublicSatisfactionPeriod')).toEqual(
      [
        'elements',
        'endsOn',
        'ikm',
        'ikmConverted',
        'kinerja',
        'kind',
        'mutu',
        'name',
        'periodId',
        'quickCount',
        'quickMean',
        'respondents',
        'startsOn',
        'updatedAt',
        'weakest',
      ].sort(),
    );
    for (const field of ['comments', 'officer', 'employees', 'respondent']) {
      const res = await stack.gql(`query($s: ID!) { publicServicePointSatisfaction(servicePointId: $s) { ${field} } }`, {
        s: org.servicePointA,
      });
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('a malformed id is BAD_USER_INPUT; an unknown or archived service point is NOT_FOUND', async () => {
    for (const s of ['bukan-uuid', '', "1' OR '1'='1", `${org.servicePointA}x`]) {
      const res = await stack.gql(QUERY, { s });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.data?.publicServicePointSatisfaction ?? null).toBeNull();
    }
    const unknown = await stack.gql(QUERY, { s: randomUUID() });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toContain('Service point not found');

    // A point with stored results that is then archived disappears from the public.
    const { createServicePoint } = await ok(
      stack,
      `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
      { i: { name: 'Loket Ditutup', unitId: org.units.kelB } },
      org.admin.token,
    );
    await rate(createServicePoint.id, [WORKED_EXAMPLE[0]], '2026-08-20T03:00:00Z');
    await recomputeAndWait(stack, db, org.admin.token, [periods.q3], createServicePoint.id);
    const open = await stack.gql(QUERY, { s: createServicePoint.id });
    expect(open.data!.publicServicePointSatisfaction.periods).toHaveLength(1);
    await ok(stack, `mutation($id: ID!) { archiveServicePoint(id: $id) { id } }`, { id: createServicePoint.id }, org.admin.token);
    expect(errorCode(await stack.gql(QUERY, { s: createServicePoint.id }))).toBe('NOT_FOUND');
  });

  it('a point without ratings answers with no periods; at most the 8 newest periods are returned', async () => {
    const { createServicePoint } = await ok(
      stack,
      `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
      { i: { name: 'Loket Baru', unitId: org.units.kelA } },
      org.admin.token,
    );
    const fresh = await ok(stack, QUERY, { s: createServicePoint.id });
    expect(fresh.publicServicePointSatisfaction).toMatchObject({ servicePointName: 'Loket Baru', periods: [] });

    // Ten monthly aggregates as the worker stores them (a respondent each): the eight newest, newest first.
    const months = Array.from({ length: 10 }, (_, i) => i + 1);
    for (const m of months) {
      const mm = String(m).padStart(2, '0');
      const end = new Date(Date.UTC(2025, m, 0)).toISOString().slice(0, 10);
      const id = await createPeriod(stack, org.admin.token, {
        name: `Bulan ${mm}/2025`,
        kind: 'MONTHLY',
        startsOn: `2025-${mm}-01`,
        endsOn: end,
      });
      const e = expected([WORKED_EXAMPLE[m % 4]]);
      await db.query(
        `INSERT INTO satisfaction_aggregate (service_point_id, period_id, respondents, elements, ikm, ikm_converted, mutu, kinerja, quick_count, quick_sum)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, 0, 0)`,
        [createServicePoint.id, id, JSON.stringify(e.elements), e.ikm, e.converted, e.mutu, e.kinerja],
      );
    }
    const d = (await ok(stack, QUERY, { s: createServicePoint.id })).publicServicePointSatisfaction;
    expect(d.periods.map((p: { name: string }) => p.name)).toEqual(
      [10, 9, 8, 7, 6, 5, 4, 3].map((m) => `Bulan ${String(m).padStart(2, '0')}/2025`),
    );
    expect(d.periods[0].kind).toBe('MONTHLY');
    expect(d.periods[0].endsOn).toBe('2025-10-31');
  });

  it('the QR page’s context names the service point, for its link to /ikm/<servicePointId>', async () => {
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA });
    const d = await ok(stack, `query($t: String!) { publicRatingContext(token: $t) { servicePointId servicePointName } }`, {
      t: link.token,
    });
    expect(d.publicRatingContext).toEqual({ servicePointId: org.servicePointA, servicePointName: 'Loket Adminduk' });
    const page = await fetch(`${stack.url}/ikm/${org.servicePointA}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="id">');
  });
});
