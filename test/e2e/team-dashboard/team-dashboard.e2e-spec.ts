import ExcelJS from 'exceljs';
import { errorCode, startStack, Stack } from '../../support/stack';
import { createAgency, createEmployee, createPeriod, login, ok, openRound, smallOrganisation } from '../../support/org-fixtures';
import { CORE_VALUES, until } from '../../support/scoring-fixtures';
import { EXPORT_COLUMNS } from '../../../apps/gateway/src/team-dashboard/team-dashboard.export';

/**
 * Issue 15, the team dashboard: who sees whose rounds (a supervisor's direct reports and the units
 * they head, UnitsRepository.headedUnitTree; ADMIN the agency), what each row discloses (a unit
 * head reads as the reporting line: no peer count or peer name below the anonymity minimum), the
 * predikat distribution and the waiting reviewers over all rows, paging, the drill-down, the stable
 * errors, and the CSV/XLSX export compared with the GraphQL rows.
 */

const DASHBOARD = `query($p: ID!, $u: ID, $page: PageInput) { teamDashboard(periodId: $p, unitId: $u, page: $page) {
  periodId unitId
  rows { totalCount pageInfo { hasNextPage endCursor }
    nodes { roundId employeeId employeeName employeeNip position unitId unitName status managed reviewsExpected reviewsSubmitted
      perilakuScore perilakuRating hasilKerjaScore hasilKerjaRating predikat
      sources { source count score counted } pendingReviewers { reviewerName relation employeeName } } }
  predikatDistribution { predikat count }
  waitingReviewers { roundId reviewerId reviewerName relation employeeId employeeName }
  totals { people draft open closed scored reviewsExpected reviewsSubmitted rowsWithHiddenCounts }
  unitChoices { id name path }
} }`;

type Row = Record<string, any>;

/** A `;`-separated CSV (RFC 4180 quoting) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('team dashboard (issue 15)', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;
  let staffA2: { id: string; nip: string };
  const rounds: Record<string, string> = {};
  const FORMULA_POSITION = '=HYPERLINK("http://contoh.invalid","klik")';
  const ODD_NAME = 'Dewi; Sari "Ani", S.Sos';

  const dashboard = async (token: string, vars: Record<string, unknown> = {}) =>
    (await ok(stack, DASHBOARD, { p: periodId, ...vars }, token)).teamDashboard;

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Dasbor Tim');
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan IV 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
    staffA2 = await createEmployee(stack, org.admin.token, {
      name: ODD_NAME,
      position: FORMULA_POSITION,
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    rounds.staffA = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);
    rounds.staffA2 = await openRound(stack, org.tokens.lurahA, staffA2.id, periodId);
    rounds.staffB = await openRound(stack, org.tokens.lurahB, org.people.staffB.id, periodId);
    rounds.lurahA = await openRound(stack, org.tokens.camat, org.people.lurahA.id, periodId);
    // staffA2 has one approved peer (staffA) who has not submitted: below the anonymity minimum.
    await ok(
      stack,
      `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
      {
        i: { roundId: rounds.staffA2, reviewerId: org.people.staffA.id, relation: 'PEER' },
      },
      org.tokens.lurahA,
    );
    // staffA: reviewed by lurahA, closed and scored by the worker.
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      {
        i: {
          roundId: rounds.staffA,
          scores: CORE_VALUES.map((value) => ({ value, score: 5 })),
          strengths: 'Pelayanan sangat cepat.',
          improvements: 'Dokumentasi perlu dirapikan.',
        },
      },
      org.tokens.lurahA,
    );
    await ok(
      stack,
      `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
      {
        i: { roundId: rounds.staffA, hasilKerjaRating: 'SESUAI_EKSPEKTASI' },
      },
      org.tokens.lurahA,
    );
    await until('staffA scored', async () => {
      const d = await ok(stack, `query($id: ID!) { round(id: $id) { status } }`, { id: rounds.staffA }, org.tokens.lurahA);
      return d.round.status === 'SCORED';
    });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('the direct supervisor who heads the kelurahan: their reports, as the manager, with the distribution and who has not reviewed', async () => {
    const d = await dashboard(org.tokens.lurahA);
    const names = d.rows.nodes.map((r: Row) => r.employeeName);
    expect(names).toEqual([ODD_NAME, 'Staf Sukamiskin']);
    const [a2, a] = d.rows.nodes;
    expect(a).toMatchObject({
      status: 'SCORED',
      managed: true,
      reviewsExpected: 1,
      reviewsSubmitted: 1,
      predikat: 'BAIK',
      perilakuRating: 'DI_ATAS_EKSPEKTASI',
      hasilKerjaRating: 'SESUAI_EKSPEKTASI',
      pendingReviewers: [],
    });
    expect(a.perilakuScore).toBe(100);
    expect(a.sources).toEqual([{ source: 'SUPERVISOR', count: 1, score: 100, counted: true }]);
    expect(a2).toMatchObject({
      status: 'OPEN',
      managed: true,
      reviewsExpected: 2,
      reviewsSubmitted: 0,
      predikat: null,
      position: FORMULA_POSITION,
    });
    expect(d.waitingReviewers.map((w: Row) => [w.reviewerName, w.relation, w.employeeName])).toEqual([
      ['Lurah Sukamiskin', 'SUPERVISOR', ODD_NAME],
      ['Staf Sukamiskin', 'PEER', ODD_NAME],
    ]);
    expect(d.predikatDistribution).toEqual([
      { predikat: 'SANGAT_BAIK', count: 0 },
      { predikat: 'BAIK', count: 1 },
      { predikat: 'BUTUH_PERBAIKAN', count: 0 },
      { predikat: 'KURANG', count: 0 },
      { predikat: 'SANGAT_KURANG', count: 0 },
      { predikat: null, count: 1 },
    ]);
    expect(d.totals).toEqual({
      people: 2,
      draft: 0,
      open: 1,
      closed: 0,
      scored: 1,
      reviewsExpected: 3,
      reviewsSubmitted: 1,
      rowsWithHiddenCounts: 0,
    });
    expect(d.unitChoices.map((u: Row) => u.id)).toEqual([org.units.kelA]);
  });

  it('the camat (head of the kecamatan tree): everyone below, read as the reporting line — no peer count or peer name below the minimum', async () => {
    const d = await dashboard(org.tokens.camat);
    const byName = Object.fromEntries(d.rows.nodes.map((r: Row) => [r.employeeName, r]));
    expect(Object.keys(byName).sort()).toEqual([ODD_NAME, 'Lurah Sukamiskin', 'Staf Cisaranten Kulon', 'Staf Sukamiskin'].sort());
    expect(byName['Lurah Sukamiskin'].managed).toBe(true);
    expect(byName[ODD_NAME]).toMatchObject({ managed: false, reviewsExpected: 2, reviewsSubmitted: null });
    expect(byName['Staf Sukamiskin']).toMatchObject({ managed: false, predikat: 'BAIK', reviewsSubmitted: 1 });
    // The peer who has not submitted is not named to the line; the supervisor's seat is.
    const waiting = d.waitingReviewers.map((w: Row) => `${w.relation}:${w.reviewerName}:${w.employeeName}`);
    expect(waiting).toContain(`SUPERVISOR:Lurah Sukamiskin:${ODD_NAME}`);
    expect(waiting.filter((w: string) => w.startsWith('PEER'))).toEqual([]);
    expect(d.totals.rowsWithHiddenCounts).toBe(1);
    expect(d.unitChoices.map((u: Row) => u.id).sort()).toEqual([org.units.kecamatan, org.units.kelA, org.units.kelB].sort());
    // A unit narrows to it and the units below.
    const kelB = await dashboard(org.tokens.camat, { u: org.units.kelB });
    expect(kelB.rows.nodes.map((r: Row) => r.employeeName)).toEqual(['Staf Cisaranten Kulon']);
    expect(kelB.unitId).toBe(org.units.kelB);
  });

  it('ADMIN sees the agency (not their own round) and may pick any unit; rows page by name', async () => {
    const all = await dashboard(org.admin.token);
    expect(all.rows.totalCount).toBe(4);
    expect(all.rows.nodes.every((r: Row) => r.managed)).toBe(true);
    // ADMIN manages every round: the peer seat is named.
    expect(all.waitingReviewers.some((w: Row) => w.relation === 'PEER')).toBe(true);
    const p1 = await dashboard(org.admin.token, { page: { first: 3 } });
    expect(p1.rows.pageInfo.hasNextPage).toBe(true);
    const p2 = await dashboard(org.admin.token, { page: { first: 3, after: p1.rows.pageInfo.endCursor } });
    expect(p2.rows.pageInfo.hasNextPage).toBe(false);
    expect([...p1.rows.nodes, ...p2.rows.nodes].map((r: Row) => r.roundId)).toEqual(all.rows.nodes.map((r: Row) => r.roundId));
    // Totals and the distribution cover every row, not the page.
    expect(p1.totals.people).toBe(4);
    expect(p1.predikatDistribution.reduce((n: number, c: Row) => n + c.count, 0)).toBe(4);
    const kelA = await dashboard(org.admin.token, { u: org.units.kelA });
    expect(kelA.rows.nodes.map((r: Row) => r.employeeName).sort()).toEqual([ODD_NAME, 'Lurah Sukamiskin', 'Staf Sukamiskin'].sort());
  });

  it('drill-down: teamMember answers a row of the caller’s dashboard, NOT_FOUND for any other round', async () => {
    const m = await ok(
      stack,
      `query($r: ID!) { teamMember(roundId: $r) { employeeName predikat sources { source count score } } }`,
      { r: rounds.staffA },
      org.tokens.lurahA,
    );
    expect(m.teamMember).toEqual({
      employeeName: 'Staf Sukamiskin',
      predikat: 'BAIK',
      sources: [{ source: 'SUPERVISOR', count: 1, score: 100 }],
    });
    const q = `query($r: ID!) { teamMember(roundId: $r) { roundId } }`;
    expect(errorCode(await stack.gql(q, { r: rounds.staffA }, org.tokens.lurahB))).toBe('NOT_FOUND');
    expect(errorCode(await stack.gql(q, { r: rounds.lurahA }, org.tokens.lurahA))).toBe('NOT_FOUND'); // their own round
  });

  it('stable errors: FORBIDDEN for an employee, UNIT_NOT_HEADED outside the caller’s units, NOT_FOUND for another agency’s ids', async () => {
    const other = await createAgency(stack, 'Kota Lain');
    const otherPeriod = await createPeriod(stack, other.token, {
      name: 'Periode Lain',
      kind: 'MONTHLY',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
    });
    const code = async (token: string, vars: Record<string, unknown>) =>
      errorCode(await stack.gql(DASHBOARD, { p: periodId, ...vars }, token));
    expect(await code(org.tokens.staffA, {})).toBe('FORBIDDEN');
    expect(await code(org.tokens.staffA, { page: { first: 0 } })).toBe('FORBIDDEN'); // decided before validation
    expect(await code(org.tokens.lurahA, { u: org.units.kelB })).toBe('UNIT_NOT_HEADED');
    expect(await code(org.tokens.lurahA, { p: otherPeriod })).toBe('NOT_FOUND');
    expect(await code(org.admin.token, { u: other.rootUnitId })).toBe('NOT_FOUND');
    expect(await code(org.tokens.lurahA, { u: other.rootUnitId })).toBe('NOT_FOUND');
    expect(await code(org.admin.token, { page: { first: 0 } })).toBe('BAD_USER_INPUT');
    // Another agency's ADMIN does not see this agency's round.
    expect(errorCode(await stack.gql(`query($r: ID!) { teamMember(roundId: $r) { roundId } }`, { r: rounds.staffA }, other.token))).toBe(
      'NOT_FOUND',
    );
  });

  describe('export', () => {
    const get = (path: string, token?: string) =>
      fetch(`${stack.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('CSV: a BOM, `;` separated, quoted where needed, formulas neutralised, the same rows as GraphQL (every page)', async () => {
      const rows = (await dashboard(org.tokens.camat, { page: { first: 1 } })).rows;
      const all = (await dashboard(org.tokens.camat)).rows.nodes;
      expect(rows.totalCount).toBe(all.length);
      const res = await get(`/api/team-dashboard.csv?periodId=${periodId}`, org.tokens.camat);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="dasbor-tim-triwulan-iv-2026.csv"');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text).toContain(`"${ODD_NAME.replace(/"/g, '""')}"`);
      const [header, ...body] = parseCsv(text);
      expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
      const expected = all.map((r: Row) =>
        EXPORT_COLUMNS.map((c) => {
          const v = c.value(r as never);
          if (v === null) return '';
          if (typeof v === 'number') return String(v).replace('.', ',');
          return /^[=+\-@]/.test(v) ? `'${v}` : v;
        }),
      );
      expect(body).toEqual(expected);
      const a2 = body.find((r) => r[1] === ODD_NAME)!;
      expect(a2[2]).toBe(`'${FORMULA_POSITION}`);
      expect(a2[5]).toBe(''); // the peer count the line may not see stays empty
      console.log(`CSV export: ${body.length} rows, ${bytes.length} bytes`);
    });

    it('XLSX: one sheet read back with exceljs equals the GraphQL rows; text cells are never formulas', async () => {
      const all = (await dashboard(org.tokens.lurahA)).rows.nodes;
      const res = await get(`/api/team-dashboard.xlsx?periodId=${periodId}&unitId=${org.units.kelA}`, org.tokens.lurahA);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="dasbor-tim-triwulan-iv-2026.xlsx"');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.worksheets[0];
      const values: unknown[][] = [];
      sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      expect(values[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header));
      const expected = all.map((r: Row) =>
        EXPORT_COLUMNS.map((c) => {
          const v = c.value(r as never);
          return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : (v ?? undefined);
        }),
      );
      // exceljs leaves trailing empty cells out of row.values.
      expect(values.slice(1).map((r) => EXPORT_COLUMNS.map((_, i) => r[i]))).toEqual(expected);
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
      console.log(`XLSX export: ${values.length - 1} rows`);
    });

    it('the staff login and the same policy: 401 without a token, 403 for an employee (before the query is read), 403/404 as the query', async () => {
      expect((await get(`/api/team-dashboard.csv?periodId=${periodId}`)).status).toBe(401);
      const emp = await get(`/api/team-dashboard.csv?periodId=not-a-uuid`, org.tokens.staffA);
      expect(emp.status).toBe(403);
      expect(((await emp.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
      const bad = await get(`/api/team-dashboard.csv?periodId=not-a-uuid`, org.tokens.lurahA);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await get(`/api/team-dashboard.xlsx?periodId=${periodId}&unitId=${org.units.kelB}`, org.tokens.lurahA)).status).toBe(403);
      expect((await get(`/api/team-dashboard.csv?periodId=00000000-0000-4000-8000-000000000000`, org.tokens.lurahA)).status).toBe(404);
      expect((await get(`/api/team-dashboard.pdf?periodId=${periodId}`, org.tokens.lurahA)).status).toBe(404);
      const loggedIn = await login(stack, staffA2.nip, org.password);
      expect((await get(`/api/team-dashboard.csv?periodId=${periodId}`, loggedIn.token)).status).toBe(403);
    });
  });
});
