import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { startStack, Stack } from '../../support/stack';
import { ok } from '../../support/org-fixtures';
import { recognitionScenario, RecognitionScenario } from '../../support/recognition-fixtures';

const MY_RESULTS = `query($page: PageInput) { myResults(page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id status period { name startsOn }
    result { predikat perilakuScore perilakuRating hasilKerjaRating
      sources { source count mean score weight counted sd ci95 { low high } minimum status } }
    valueGaps { value self others gap }
    feedback { relation submitted commentsVisible comments { strengths improvements } } } } }`;

const AWARDS = `query($p: ID!, $u: ID, $l: Int) { awardCandidates(periodId: $p, unitId: $u, limit: $l) {
  roundsConsidered eligible rule { minPeers requireSupervisor requirePublic predikat }
  candidates { rank employeeName employeeNip unitName predikat perilakuScore reasons { source count score weight } } } }`;

const SUGGESTIONS = `query($p: ID!, $u: ID) { trainingSuggestions(periodId: $p, unitId: $u) {
  threshold maxValues roundsConsidered
  employees { employeeName weakValues { value mean score } courses { value indicatorMatched course { title active } } } } }`;

const COURSE_FIELDS = `id title provider coreValue indicator hours active`;

describe('my results, award candidates and training suggestions (issue 15)', () => {
  let stack: Stack;
  let org: RecognitionScenario['org'];
  let quarterId: string;
  let monthId: string;

  beforeAll(async () => {
    stack = await startStack({ env: { PUBLIC_RATE_LIMIT: '0' } });
    ({ org, quarterId, monthId } = await recognitionScenario(stack, 'Kota Uji Penghargaan'));
  }, 180_000);
  afterAll(() => stack?.close());

  it('myResults: newest period first, each source with n, score, 95% interval, minimum and status', async () => {
    const d = (await ok(stack, MY_RESULTS, { page: { first: 10 } }, org.tokens.staffA)).myResults;
    expect(d.totalCount).toBe(2);
    expect(d.nodes.map((n: { period: { name: string } }) => n.period.name)).toEqual(['Bulan berjalan', 'Triwulan berjalan']);
    const quarter = d.nodes[1];
    expect(quarter.result).toMatchObject({ predikat: 'BAIK', perilakuRating: 'SESUAI_EKSPEKTASI' });
    expect(Number(quarter.result.perilakuScore.toFixed(2))).toBe(80.93);
    const by = Object.fromEntries(quarter.result.sources.map((s: { source: string }) => [s.source, s]));
    expect(by.PEER).toMatchObject({ count: 3, score: 75, counted: true, status: 'COUNTED', minimum: 3, weight: 0.3 });
    expect(by.PEER.ci95.low).toBeLessThan(75);
    expect(by.PEER.ci95.high).toBeGreaterThan(75);
    expect(by.PUBLIC).toMatchObject({ count: 12, counted: true, status: 'COUNTED', minimum: 5 });
    expect(by.PUBLIC.ci95.low).toBeLessThan(by.PUBLIC.score);
    expect(by.SUPERVISOR).toMatchObject({ count: 1, counted: true, status: 'COUNTED', ci95: null });

    // Paging: one at a time, the cursor leads to the older period.
    const first = (await ok(stack, MY_RESULTS, { page: { first: 1 } }, org.tokens.staffA)).myResults;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(stack, MY_RESULTS, { page: { first: 1, after: first.pageInfo.endCursor } }, org.tokens.staffA)).myResults;
    expect(second.nodes.map((n: { period: { name: string } }) => n.period.name)).toEqual(['Triwulan berjalan']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('a hidden source stays hidden: two peers give no figure, no per-value mean and no comment to the employee, supervisor or ADMIN', async () => {
    const month = (await ok(stack, MY_RESULTS, { page: { first: 1 } }, org.tokens.staffA)).myResults.nodes[0];
    const peer = month.result.sources.find((s: { source: string }) => s.source === 'PEER');
    expect(peer).toEqual({
      source: 'PEER',
      count: 2,
      mean: null,
      score: null,
      weight: 0,
      counted: false,
      sd: null,
      ci95: null,
      minimum: 3,
      status: 'BELOW_MINIMUM',
    });
    // The weights were renormalised over the sources that counted.
    const counted = month.result.sources.filter((s: { counted: boolean }) => s.counted);
    expect(counted.map((s: { source: string }) => s.source).sort()).toEqual(['PUBLIC', 'SUPERVISOR']);
    expect(counted.reduce((a: number, s: { weight: number }) => a + s.weight, 0)).toBeCloseTo(1, 12);
    // SELF is shown, never weighted.
    expect(month.result.sources.find((s: { source: string }) => s.source === 'SELF')).toMatchObject({
      status: 'NOT_WEIGHTED',
      weight: 0,
      count: 1,
    });

    // Others = the supervisor alone: the peers' 1s are nowhere in it.
    const gaps = Object.fromEntries(month.valueGaps.map((g: { value: string }) => [g.value, g]));
    expect(gaps.BERORIENTASI_PELAYANAN).toEqual({ value: 'BERORIENTASI_PELAYANAN', self: 5, others: 5, gap: 0 });
    expect(gaps.AKUNTABEL).toEqual({ value: 'AKUNTABEL', self: 5, others: 4, gap: 1 });
    expect(gaps.KOMPETEN).toEqual({ value: 'KOMPETEN', self: 3, others: 4, gap: -1 });
    const peerFeedback = month.feedback.find((f: { relation: string }) => f.relation === 'PEER');
    expect(peerFeedback).toEqual({ relation: 'PEER', submitted: null, commentsVisible: false, comments: [] });
    expect(JSON.stringify(month)).not.toContain('Komentar rahasia rekan');

    // The supervisor and ADMIN see the same: no figure of the two peers.
    for (const token of [org.tokens.lurahA, org.admin.token]) {
      const r = (
        await ok(
          stack,
          `query($id: ID!) { round(id: $id) { result { sources { source score mean ci95 { low } } } valueGaps { value others } } }`,
          { id: month.id },
          token,
        )
      ).round;
      expect(r.result.sources.find((s: { source: string }) => s.source === 'PEER')).toEqual({
        source: 'PEER',
        score: null,
        mean: null,
        ci95: null,
      });
      expect(r.valueGaps.find((g: { value: string }) => g.value === 'BERORIENTASI_PELAYANAN').others).toBe(5);
    }
    // The month is no award candidate (too few peers): the hidden source can't sneak in as a reason.
    const awards = (await ok(stack, AWARDS, { p: monthId }, org.admin.token)).awardCandidates;
    expect(awards).toMatchObject({ roundsConsidered: 1, eligible: 0, candidates: [] });
  });

  it('awardCandidates: the worked example qualifies with its reasons; a weak round without peers does not; only ADMIN asks', async () => {
    const a = (await ok(stack, AWARDS, { p: quarterId }, org.admin.token)).awardCandidates;
    expect(a.rule).toEqual({ minPeers: 3, requireSupervisor: true, requirePublic: true, predikat: ['SANGAT_BAIK', 'BAIK'] });
    expect(a.roundsConsidered).toBe(2);
    expect(a.eligible).toBe(1);
    expect(a.candidates).toHaveLength(1);
    const [c] = a.candidates;
    expect(c).toMatchObject({ rank: 1, employeeName: 'Staf Sukamiskin', unitName: 'Kelurahan Sukamiskin', predikat: 'BAIK' });
    expect(c.reasons.map((r: { source: string }) => r.source)).toEqual(['SUPERVISOR', 'PEER', 'PUBLIC']);
    expect(c.reasons[1]).toEqual({ source: 'PEER', count: 3, score: 75, weight: 0.3 });
    // The unit tree: kelurahan B holds no candidate; the kecamatan holds both rounds.
    expect((await ok(stack, AWARDS, { p: quarterId, u: org.units.kelB }, org.admin.token)).awardCandidates).toMatchObject({
      roundsConsidered: 1,
      candidates: [],
    });
    expect((await ok(stack, AWARDS, { p: quarterId, u: org.units.kecamatan }, org.admin.token)).awardCandidates.roundsConsidered).toBe(2);

    const refused = await stack.gql(AWARDS, { p: quarterId }, org.tokens.camat);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badLimit = await stack.gql(AWARDS, { p: quarterId, l: 0 }, org.admin.token);
    expect(badLimit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const otherPeriod = await stack.gql(AWARDS, { p: randomUUID() }, org.admin.token);
    expect(otherPeriod.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('training catalogue: ADMIN creates, edits and switches off courses (audited, validated); suggestions map the weakest values', async () => {
    const t = org.admin.token;
    const create = (i: Record<string, unknown>) =>
      stack.gql(`mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { ${COURSE_FIELDS} } }`, { i }, t);
    const pelayanan = (
      await create({
        title: '  Pelayanan Prima  ',
        provider: 'BPSDM Provinsi',
        coreValue: 'BERORIENTASI_PELAYANAN',
        hours: 16,
        active: true,
      })
    ).data!.createTrainingCourse;
    expect(pelayanan).toMatchObject({ title: 'Pelayanan Prima', indicator: null, hours: 16, active: true });
    const etika = (
      await create({
        title: 'Etika dan Integritas ASN',
        provider: 'LAN RI',
        coreValue: 'AKUNTABEL',
        indicator: 'Waktu penyelesaian dokumen',
        hours: 8.5,
        active: true,
      })
    ).data!.createTrainingCourse;
    await create({ title: 'Kompetensi Digital', provider: 'Diskominfo', coreValue: 'KOMPETEN', hours: 12, active: true });
    const old = (await create({ title: 'Pelayanan Lama', provider: 'BPSDM', coreValue: 'BERORIENTASI_PELAYANAN', hours: 4, active: true }))
      .data!.createTrainingCourse;

    // Validation and the unique title (any case).
    expect(
      (await create({ title: 'pelayanan prima', provider: 'X Y', coreValue: 'HARMONIS', hours: 2, active: true })).errors?.[0].extensions
        ?.code,
    ).toBe('DUPLICATE_COURSE_TITLE');
    expect(
      (await create({ title: 'Ok', provider: 'X Y', coreValue: 'HARMONIS', hours: 2, active: true })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await create({ title: 'Jam nol', provider: 'X Y', coreValue: 'HARMONIS', hours: 0, active: true })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await create({ title: 'Jam pecahan', provider: 'X Y', coreValue: 'HARMONIS', hours: 1.25, active: true })).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    const notAdmin = await stack.gql(
      `mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`,
      {
        i: { title: 'Coba', provider: 'X', coreValue: 'HARMONIS', hours: 2, active: true },
      },
      org.tokens.camat,
    );
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Switch one off (audited with before and after).
    const off = await ok(
      stack,
      `mutation($i: UpdateTrainingCourseInput!) { updateTrainingCourse(input: $i) { ${COURSE_FIELDS} } }`,
      {
        i: { id: old.id, title: old.title, provider: old.provider, coreValue: old.coreValue, hours: old.hours, active: false },
      },
      t,
    );
    expect(off.updateTrainingCourse.active).toBe(false);
    const audit = (
      await ok(
        stack,
        `query($id: ID!) { auditLog(entityType: "training_course", entityId: $id) { action before after } }`,
        { id: old.id },
        t,
      )
    ).auditLog;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['TRAINING_COURSE_UPDATED', 'TRAINING_COURSE_CREATED']);
    expect(audit[0].before.active).toBe(true);
    expect(audit[0].after.active).toBe(false);
    const missing = await stack.gql(
      `mutation($i: UpdateTrainingCourseInput!) { updateTrainingCourse(input: $i) { id } }`,
      {
        i: { id: randomUUID(), title: 'Tidak ada', provider: 'X Y', coreValue: 'LOYAL', hours: 1, active: true },
      },
      t,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ok(stack, `{ trainingCourses { title active } }`, {}, t)).trainingCourses).toHaveLength(4);

    // staffB's supervisor gave 2 for pelayanan, akuntabel and harmonis (25 < 65): the two lowest, in the instrument's order.
    const s = (await ok(stack, SUGGESTIONS, { p: quarterId }, t)).trainingSuggestions;
    expect(s).toMatchObject({ threshold: 65, maxValues: 2, roundsConsidered: 2 });
    expect(s.employees.map((e: { employeeName: string }) => e.employeeName)).toEqual(['Staf Cisaranten Kulon']);
    const [b] = s.employees;
    expect(b.weakValues).toEqual([
      { value: 'BERORIENTASI_PELAYANAN', mean: 2, score: 25 },
      { value: 'AKUNTABEL', mean: 2, score: 25 },
    ]);
    expect(b.courses).toEqual([
      { value: 'BERORIENTASI_PELAYANAN', indicatorMatched: null, course: { title: 'Pelayanan Prima', active: true } },
      { value: 'AKUNTABEL', indicatorMatched: null, course: { title: etika.title, active: true } },
    ]);
    // The month: staffA's two hidden peers gave 1 everywhere; their figures must not make a suggestion.
    expect((await ok(stack, SUGGESTIONS, { p: monthId }, t)).trainingSuggestions.employees).toEqual([]);
    expect(pelayanan.id).toBeTruthy();
  });

  it('CSV exports: staff auth, ADMIN only, BOM, formula-safe cells, the rows of the queries', async () => {
    const get = (path: string, token?: string) =>
      fetch(`${stack.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get(`/api/awards.csv?periodId=${quarterId}`)).status).toBe(401);
    expect((await get(`/api/awards.csv?periodId=${quarterId}`, org.tokens.staffA)).status).toBe(403);
    expect((await get(`/api/awards.csv?periodId=nope`, org.admin.token)).status).toBe(400);

    const awards = await get(`/api/awards.csv?periodId=${quarterId}`, org.admin.token);
    expect(awards.status).toBe(200);
    expect(awards.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(awards.headers.get('content-disposition')).toContain('penghargaan.csv');
    const bytes = new Uint8Array(await awards.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(Buffer.from(bytes), { bom: true });
    expect(rows[0]).toEqual(['peringkat', 'nip', 'nama', 'jabatan', 'unit', 'predikat', 'perilaku', 'hasil_kerja', 'alasan']);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 7)).toEqual([
      '1',
      org.people.staffA.nip,
      'Staf Sukamiskin',
      'Pengadministrasi Umum',
      'Kelurahan Sukamiskin',
      'BAIK',
      '80.93',
    ]);
    expect(rows[1][8]).toContain('PEER 75 (n=3');

    // A course title that a spreadsheet would run as a formula is written as text.
    await ok(
      stack,
      `mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`,
      {
        i: { title: '=HYPERLINK("http://x","klik")', provider: '@Uji', coreValue: 'BERORIENTASI_PELAYANAN', hours: 1, active: true },
      },
      org.admin.token,
    );
    const training = await get(`/api/training-suggestions.csv?periodId=${quarterId}&unitId=${org.units.kecamatan}`, org.admin.token);
    expect(training.status).toBe(200);
    const text = await training.text();
    const trows: string[][] = parse(text, { bom: true });
    expect(trows[0]).toEqual([
      'nip',
      'nama',
      'jabatan',
      'unit',
      'nilai_berakhlak',
      'skor_nilai',
      'pelatihan',
      'penyelenggara',
      'jam',
      'indikator',
    ]);
    expect(trows.slice(1).map((r) => [r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['Staf Cisaranten Kulon', 'BERORIENTASI_PELAYANAN', '25', `'=HYPERLINK("http://x","klik")`, "'@Uji"],
      ['Staf Cisaranten Kulon', 'BERORIENTASI_PELAYANAN', '25', 'Pelayanan Prima', 'BPSDM Provinsi'],
      ['Staf Cisaranten Kulon', 'AKUNTABEL', '25', 'Etika dan Integritas ASN', 'LAN RI'],
    ]);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
  });
});
