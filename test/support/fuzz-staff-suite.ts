import fc from 'fast-check';
import { GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { startStack, Stack } from './stack';
import { assignStaff, createPeriod, createRatingLink, ok, openRound, smallOrganisation, uniqueNip } from './org-fixtures';
import { CORE_VALUES, currentQuarter, dbClient } from './scoring-fixtures';
import { anyString, describeValue, fullSelection, FuzzPools, fuzzOperation, introspect, isServerFailure, post } from './fuzz';

/**
 * Property-based fuzzing (fast-check, fixed seeds) of the inputs of every staff mutation, called
 * by a logged-in ADMIN (round work by the supervisor, who is its reviewer): whatever the input,
 * never a 500 and never INTERNAL_SERVER_ERROR; and whatever got stored, every staff page still
 * reads it without a server failure.
 */
const PUBLIC = new Set(['submitPublicRating', 'pairKiosk', 'login', 'refreshToken']);
/** Called by the supervisor (the round's reviewer); the rest by the ADMIN. */
const SUPERVISOR = new Set([
  'openRound',
  'assignReviewer',
  'submitReview',
  'closeRound',
  'reopenRound',
  'decideNomination',
  'openRoundsForUnit',
  'verifyRealisation',
]);
/** Called by the employee (their own work plan); the rest by the ADMIN or the supervisor. */
const EMPLOYEE = new Set(['reportRealisation', 'markNotificationsRead']);
/** A valid MANUAL indicator of a work plan (the fuzzing varies some of its fields). */
const MANUAL_INDICATOR = {
  name: 'Dokumen kependudukan selesai',
  unit: 'dokumen',
  target: 1200,
  weight: 1,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  method: 'DATA_ANALYSIS',
};
/** Generated calls per mutation. */
export const STAFF_FUZZ_RUNS = 100;

/** Every staff mutation that takes input; the suites split it in two (run time), the coverage test checks it against the schema. */
export const STAFF_MUTATIONS = {
  organisation: [
    'archiveServicePoint',
    'archiveUnit',
    'assignServicePointStaff',
    'changePassword',
    'createEmployee',
    'createServicePoint',
    'createUnit',
    'importEmployees',
    'moveUnit',
    'removeServicePointStaff',
    'setEmployeePassword',
    'updateEmployee',
    'updateUnit',
    'retryFailedJob',
  ],
  roundsAndCitizens: [
    'assignReviewer',
    'closeRound',
    'decideNomination',
    'openRound',
    'openRoundsForUnit',
    'publishInstrument',
    'reopenRound',
    'submitReview',
    'createPeriod',
    'completeServiceTicket',
    'createKioskPairingCode',
    'createRatingLink',
    'issueServiceTicket',
    'recomputeSatisfaction',
    'registerKiosk',
    'renameKiosk',
    'revokeKiosk',
    'revokeRatingLink',
    'releaseHeldRatings',
    'rejectHeldRatings',
  ],
  workPlansAndPolicies: [
    'createWorkPlan',
    'addIndicator',
    'updateIndicator',
    'removeIndicator',
    'agreeWorkPlan',
    'reviseWorkPlan',
    'reportRealisation',
    'verifyRealisation',
    'publishScoringPolicy',
    'markNotificationsRead',
    'markCommentHandled',
    'hideComment',
    'unhideComment',
    'createFollowUpAction',
    'updateFollowUpAction',
    'setFollowUpActionStatus',
    'deleteFollowUpAction',
    'createTrainingCourse',
    'updateTrainingCourse',
    'requestReport',
  ],
};

/**
 * One fuzzing suite over `mutations` (a stack and an organisation of its own), then the staff pages.
 * `seed`: the first mutation's seed; the i-th uses seed + i.
 */
export function staffFuzzSuite(title: string, mutations: string[], seed: number): void {
  describe(title, () => {
    let stack: Stack;
    let db: Client;
    let schema: GraphQLSchema;
    let pools: FuzzPools;
    let fx: { adminToken: string; supervisorToken: string; staffToken: string; agencyId: string; periodId: string; servicePointId: string };
    /** Valid variables per mutation (the fuzzing makes some of their fields wild), so that calls get past validation. */
    const valid: Record<string, fc.Arbitrary<Record<string, unknown>>> = {};
    const counts: Record<string, { generated: number; calls: number; answers?: Record<string, number> }> = {};

    beforeAll(async () => {
      stack = await startStack({ queue: 'redis', ownDatabase: true, env: { PUBLIC_RATE_LIMIT: '0' } });
      db = await dbClient(stack);
      schema = await introspect((q) => stack.gql(q));
      const org = await smallOrganisation(stack, 'Kota Uji Fuzz Staf');
      const t = org.admin.token;
      const sp = org.servicePointA;
      const periodId = await createPeriod(stack, t, { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() });
      await assignStaff(stack, t, sp, org.people.staffA.id);
      const link = await createRatingLink(stack, t, { servicePointId: sp });
      const kiosk = (
        await ok(
          stack,
          `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id } }`,
          { i: { servicePointId: sp, name: 'Kios Uji' } },
          t,
        )
      ).registerKiosk;
      const ticket = (
        await ok(stack, `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { id } }`, { i: { servicePointId: sp } }, t)
      ).issueServiceTicket;
      const roundA = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);
      const roundB = await openRound(stack, org.tokens.lurahB, org.people.staffB.id, periodId);
      const assignments = (
        await db
          .query(`SELECT id FROM reviewer_assignment WHERE round_id = ANY($1::uuid[])`, [[roundA, roundB]])
          .catch(() => ({ rows: [] }))
      ).rows.map((r: { id: string }) => r.id);
      const agencyId = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [sp])).rows[0].agency_id;
      // A work plan of last year (every month in the past), agreed, with one reported month.
      const planYear = new Date().getUTCFullYear() - 1;
      const plan = (
        await ok(
          stack,
          `mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`,
          { i: { employeeId: org.people.staffA.id, year: planYear } },
          t,
        )
      ).createWorkPlan;
      const indicator = (
        await ok(
          stack,
          `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`,
          { i: { workPlanId: plan.id, ...MANUAL_INDICATOR } },
          t,
        )
      ).addIndicator;
      await ok(stack, `mutation($id: ID!) { agreeWorkPlan(workPlanId: $id) { id } }`, { id: plan.id }, org.tokens.lurahA);
      const realisation = (
        await ok(
          stack,
          `mutation($i: ReportRealisationInput!) { reportRealisation(input: $i) { id } }`,
          { i: { indicatorId: indicator.id, month: `${planYear}-01`, value: 90, note: 'Laporan Januari' } },
          org.tokens.staffA,
        )
      ).reportRealisation;
      // A citizen comment and a follow-up action (issue 15), for the comment and follow-up mutations.
      const [comment] = (
        await db.query(
          `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, score, comment, submitted_at)
           VALUES ($1, $2, 'LINK', gen_random_uuid(), 'QUICK', 2, 'Antrean lama sekali', now()) RETURNING id`,
          [agencyId, sp],
        )
      ).rows;
      const followUp = (
        await ok(
          stack,
          `mutation($i: CreateFollowUpActionInput!) { createFollowUpAction(input: $i) { id } }`,
          {
            i: {
              servicePointId: sp,
              periodId,
              elementCode: 'U3',
              action: 'Tambah petugas loket',
              ownerId: org.people.staffA.id,
              dueOn: currentQuarter().endsOn,
            },
          },
          t,
        )
      ).createFollowUpAction;
      const p = org.people;
      pools = {
        // Never the ADMIN's own id or the root unit: archiving those would only end the fuzzing early.
        ids: [
          org.units.kecamatan,
          org.units.kelA,
          org.units.kelB,
          p.camat.id,
          p.lurahA.id,
          p.lurahB.id,
          p.staffA.id,
          p.staffB.id,
          sp,
          periodId,
          link.id,
          kiosk.id,
          ticket.id,
          roundA,
          roundB,
          ...assignments,
          plan.id,
          indicator.id,
          realisation.id,
          comment.id,
          followUp.id,
        ],
        tokens: [link.token],
        nips: [p.staffA.nip, p.camat.nip],
      };
      fx = { adminToken: t, supervisorToken: org.tokens.lurahA, staffToken: org.tokens.staffA, agencyId, periodId, servicePointId: sp };
      const text = (plain: string) => fc.oneof({ weight: 2, arbitrary: fc.constant(plain) }, { weight: 1, arbitrary: anyString });
      valid.createEmployee = fc.record({
        input: fc.record({
          nip: fc.nat().map(() => uniqueNip()),
          name: text('Budi Santoso'),
          position: text('Pengadministrasi Umum'),
          unitId: fc.constantFrom(org.units.kelA, org.units.kelB),
          supervisorId: fc.constantFrom(p.lurahA.id, p.lurahB.id),
          roles: fc.subarray(['EMPLOYEE', 'SUPERVISOR'], { minLength: 1 }),
          password: fc.oneof(fc.constant('Sandi12345'), anyString),
        }),
      });
      valid.updateEmployee = fc.record({
        input: fc.record(
          { id: fc.constantFrom(p.staffB.id), name: text('Siti Aminah'), position: text('Analis'), unitId: fc.constant(org.units.kelB) },
          { requiredKeys: ['id'] },
        ),
      });
      valid.createUnit = fc.record({
        input: fc.record({
          name: text('Seksi Pelayanan'),
          kind: fc.constantFrom('BIDANG', 'OTHER'),
          parentId: fc.constant(org.units.kelA),
        }),
      });
      valid.createServicePoint = fc.record({ input: fc.record({ name: text('Loket Dua'), unitId: fc.constant(org.units.kelB) }) });
      valid.importEmployees = fc.record({
        input: fc.record({
          csv: fc
            .tuple(text('Budi Santoso'), text('Staf'))
            .map(
              ([name, position]) =>
                `NIP,nama,jabatan,unit,NIP atasan\n${uniqueNip()},"${name.replace(/"/g, '""')}","${position.replace(/"/g, '""')}",Kelurahan Sukamiskin,${p.lurahA.nip}`,
            ),
          initialPassword: fc.constant('Sandi12345'),
        }),
      });
      valid.createPeriod = fc.record({
        input: fc
          .record({
            name: text('Triwulan Uji'),
            kind: fc.constantFrom('MONTHLY', 'QUARTERLY', 'ANNUAL'),
            year: fc.integer({ min: 2027, max: 2090 }),
          })
          .map(({ year, ...r }) => ({ ...r, startsOn: `${year}-01-01`, endsOn: `${year}-03-31` })),
      });
      valid.publishInstrument = fc.record({
        input: fc.record({
          items: fc
            .tuple(text('Nilai'), text('Uraian perilaku'), fc.array(text('Jangkar'), { minLength: 5, maxLength: 5 }))
            .map(([name, description, anchors]) => CORE_VALUES.map((value) => ({ value, name, description, anchors }))),
        }),
      });
      valid.submitReview = fc.record({
        input: fc.record({
          roundId: fc.constant(roundA),
          scores: fc
            .array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 })
            .map((xs) => CORE_VALUES.map((value, i) => ({ value, score: xs[i] }))),
          strengths: text('Ramah.'),
          improvements: text('Lebih teliti.'),
        }),
      });
      valid.createWorkPlan = fc.record({
        input: fc.record({ employeeId: fc.constantFrom(p.staffB.id, p.lurahB.id), year: fc.integer({ min: 2000, max: 2100 }) }),
      });
      valid.addIndicator = fc.record({
        input: fc
          .record({ name: text('Dokumen selesai'), target: fc.double({ min: -10, max: 1e6 }), weight: fc.double({ min: -1, max: 100 }) })
          .map((r) => ({ workPlanId: plan.id, ...MANUAL_INDICATOR, ...r })),
      });
      valid.reportRealisation = fc.record({
        input: fc.record({
          indicatorId: fc.constant(indicator.id as string),
          month: fc.integer({ min: 1, max: 12 }).map((m) => `${planYear}-${String(m).padStart(2, '0')}`),
          value: fc.double({ min: -1, max: 1e9 }),
          note: text('Sesuai target'),
          evidenceUrl: fc.oneof(fc.constant('https://arsip.example.go.id/bukti'), anyString),
        }),
      });
      // Training catalogue (issue 15): near-valid courses, some hours and texts at or past their limits.
      const course = {
        title: text('Pelayanan Prima'),
        provider: text('BPSDM Provinsi'),
        coreValue: fc.constantFrom('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN'),
        indicator: fc.oneof(fc.constant(null), text('Waktu penyelesaian dokumen')),
        hours: fc.oneof(fc.constantFrom(0, 0.1, 8.5, 1000, 1000.1), fc.double({ min: -10, max: 2000 })),
        active: fc.boolean(),
      };
      valid.createTrainingCourse = fc.record({ input: fc.record(course) });
      const existing = await ok(
        stack,
        `mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`,
        { i: { title: 'Kursus Fuzz Awal', provider: 'BKPSDM', coreValue: 'LOYAL', hours: 4, active: true } },
        fx.adminToken,
      );
      valid.updateTrainingCourse = fc.record({
        input: fc.record({ id: fc.constant(existing.createTrainingCourse.id as string), ...course }),
      });
      valid.publishScoringPolicy = fc.record({
        input: fc
          .record({
            weights: fc.array(fc.double({ min: -1, max: 101 }), { minLength: 4, maxLength: 4 }),
            anonymityMin: fc.integer({ min: 0, max: 10 }),
          })
          .map(({ weights, anonymityMin }) => ({
            code: 'KOTA_FUZZ_360',
            sources: ['SUPERVISOR', 'PEER', 'PUBLIC', 'SUBORDINATE'].map((source, i) => ({
              source,
              weight: weights[i],
              minCount: source === 'SUPERVISOR' ? 1 : 5,
            })),
            perilaku: { diAtas: 85, sesuai: 65 },
            hasilKerja: { diAtas: 110, sesuai: 90 },
            capaianCap: 1.2,
            anonymityMin,
            reason: 'Uji kebijakan penilaian.',
          })),
      });
      valid.markCommentHandled = fc.record({ id: fc.constant(comment.id as string), note: text('Sudah ditindaklanjuti') });
      valid.hideComment = fc.record({ id: fc.constant(comment.id as string), reason: text('Kata-kata kasar') });
      const followUpFields = {
        elementCode: fc.oneof(fc.constantFrom('U1', 'U8', 'U9'), anyString),
        action: text('Perbaiki papan informasi'),
        ownerId: fc.constantFrom(p.staffA.id, p.lurahA.id),
        dueOn: fc.oneof(
          fc.constant(currentQuarter().endsOn),
          fc
            .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        ),
        status: fc.constantFrom('PLANNED', 'IN_PROGRESS', 'DONE'),
        published: fc.boolean(),
      };
      valid.createFollowUpAction = fc.record({
        input: fc.record({ servicePointId: fc.constant(sp), periodId: fc.constant(periodId), ...followUpFields }),
      });
      valid.updateFollowUpAction = fc.record({ input: fc.record({ id: fc.constant(followUp.id as string), ...followUpFields }) });
      // PDF reports (issue 15): both kinds, on real subjects and on ids or kinds that do not fit.
      valid.requestReport = fc.record({
        input: fc.oneof(
          fc.record({ kind: fc.constant('SERVICE_POINT_SKM'), servicePointId: fc.constant(sp), periodId: fc.constant(periodId) }),
          fc.record({ kind: fc.constant('EMPLOYEE_ROUND'), roundId: fc.constant(roundA) }),
          fc.record({ kind: fc.constantFrom('EMPLOYEE_ROUND', 'SERVICE_POINT_SKM'), roundId: anyString, servicePointId: anyString }),
        ),
      });
      valid.renameKiosk = fc.record({ id: fc.constant(kiosk.id as string), name: text('Kios Baru') });
      valid.registerKiosk = fc.record({ input: fc.record({ servicePointId: fc.constant(sp), name: text('Kios Tiga') }) });
    }, 120_000);
    afterAll(async () => {
      console.log(`${title}: generated calls per mutation ${JSON.stringify(counts)}`);
      await db?.end();
      await stack?.close();
    });

    it('the suites together cover every staff mutation that takes input', () => {
      const all = Object.values(STAFF_MUTATIONS).flat();
      const withInput = Object.values(schema.getMutationType()!.getFields())
        .filter((f) => f.args.length > 0 && !PUBLIC.has(f.name))
        .map((f) => f.name);
      expect(withInput.filter((n) => !all.includes(n))).toEqual([]);
    });

    it.each(mutations.map((name, i) => [name, i] as const))('%s: never a 500 or INTERNAL_SERVER_ERROR', async (name, i) => {
      const field = schema.getMutationType()!.getFields()[name];
      if (!field) return; // Gone from the schema: the coverage test above names what is new.
      const token = EMPLOYEE.has(name) ? fx.staffToken : SUPERVISOR.has(name) ? fx.supervisorToken : fx.adminToken;
      counts[name] = await fuzzOperation({
        url: stack.url,
        kind: 'mutation',
        field,
        pools,
        token,
        seed: seed + i,
        runs: STAFF_FUZZ_RUNS,
        timeLimitMs: 40_000,
        valid: valid[name],
      });
    });

    it('every staff page still reads what the fuzzing stored', async () => {
      const q = schema.getQueryType()!.getFields();
      const sel = (name: string, depth = 2) => fullSelection(q[name].type, depth);
      const rounds = (
        await db.query(`SELECT r.id FROM evaluation_round r JOIN employee e ON e.id = r.employee_id WHERE e.agency_id = $1`, [fx.agencyId])
      ).rows.map((r) => r.id as string);
      const periods = (await db.query(`SELECT id FROM period WHERE agency_id = $1`, [fx.agencyId])).rows.map((r) => r.id as string);
      const reads: Array<[string, Record<string, unknown>, string]> = [
        [`{ units(includeArchived: true) ${sel('units')} }`, {}, fx.adminToken],
        [`{ employees(page: { first: 200 }) ${sel('employees', 3)} }`, {}, fx.adminToken],
        [`{ periods ${sel('periods')} }`, {}, fx.adminToken],
        [`{ servicePoints(includeArchived: true) ${sel('servicePoints')} }`, {}, fx.adminToken],
        [`{ kiosks ${sel('kiosks')} }`, {}, fx.adminToken],
        [`{ ratingLinks ${sel('ratingLinks')} }`, {}, fx.adminToken],
        [`{ currentInstrument ${sel('currentInstrument')} }`, {}, fx.adminToken],
        [`{ auditLog(first: 200) ${sel('auditLog')} }`, {}, fx.adminToken],
        [`{ trainingCourses ${sel('trainingCourses')} }`, {}, fx.adminToken],
        [`{ me ${sel('me')} }`, {}, fx.staffToken],
        [`{ citizenComments(page: { first: 100 }) ${sel('citizenComments', 3)} }`, {}, fx.adminToken],
        [`{ managedServicePoints ${sel('managedServicePoints')} }`, {}, fx.supervisorToken],
        ...periods.map(
          (p) =>
            [
              `query($p: ID!, $s: ID!) { followUpPlan(periodId: $p, servicePointId: $s) ${sel('followUpPlan', 3)} }`,
              { p, s: fx.servicePointId },
              fx.adminToken,
            ] as [string, Record<string, unknown>, string],
        ),
        [`query($a: ID!) { publicTransparency(agencyId: $a) ${sel('publicTransparency', 3)} }`, { a: fx.agencyId }, fx.adminToken],
        [`{ myRounds ${sel('myRounds')} }`, {}, fx.staffToken],
        [`{ reviewsWaitingForMe ${sel('reviewsWaitingForMe')} }`, {}, fx.supervisorToken],
        ...periods.map(
          (p) =>
            [`query($p: ID!) { teamRounds(periodId: $p) ${sel('teamRounds')} }`, { p }, fx.adminToken] as [
              string,
              Record<string, unknown>,
              string,
            ],
        ),
        ...rounds.map(
          (id) =>
            [`query($id: ID!) { round(id: $id) ${sel('round')} }`, { id }, fx.adminToken] as [string, Record<string, unknown>, string],
        ),
      ];
      const broken: string[] = [];
      for (const [doc, vars, token] of reads) {
        const o = await post(stack.url, doc, vars, token);
        if (isServerFailure(o))
          broken.push(`${doc.slice(0, 60)} ${describeValue(vars)}: ${o.status} ${o.code} ${o.message} ${o.body ?? ''}`);
      }
      expect(broken).toEqual([]);
    });
  });
}
