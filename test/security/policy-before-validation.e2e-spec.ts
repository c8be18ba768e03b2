import { randomUUID } from 'node:crypto';
import { errorCode, startStack, Stack } from '../support/stack';
import { ok, smallOrganisation } from '../support/org-fixtures';

/**
 * Issue 12, "one access idiom": who may call an operation is decided before its input is
 * validated, so a caller who may not act learns nothing about the input rules. Every ADMIN-only
 * operation (and every SUPERVISOR-or-ADMIN one) is sent by an EMPLOYEE with invalid input and must
 * answer FORBIDDEN; the same call by an ADMIN (or SUPERVISOR) must still reach validation.
 *
 * ID arguments are always valid UUIDs (a malformed one is refused by a GraphQL-level plugin before
 * anything else); the invalid part is in the other fields. Operations whose only input is ids get
 * NOT_FOUND (unknown record) from an ADMIN instead.
 *
 * The lists are checked against the schema: a new query or mutation fails this file until it is
 * placed in one of them (and so has an access decision someone thought about).
 */

type Expect = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'OK';

interface Case {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** What the caller who may act gets with the same input. */
  allowed: Expect;
}

const id = () => randomUUID();

let rootUnitId = '';

/** ADMIN-only mutations, each with invalid input. */
const ADMIN_MUTATIONS: Case[] = [
  {
    name: 'createUnit',
    query: `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
    variables: () => ({ i: { name: 'X', kind: 'KELURAHAN', parentId: rootUnitId } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'updateUnit',
    query: `mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { id } }`,
    variables: () => ({ i: { id: rootUnitId, name: 'X' } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'moveUnit',
    query: `mutation($i: MoveUnitInput!) { moveUnit(input: $i) { id } }`,
    variables: () => ({ i: { id: id(), parentId: id() } }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'archiveUnit',
    query: `mutation($id: ID!) { archiveUnit(id: $id) { id } }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'createServicePoint',
    query: `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
    variables: () => ({ i: { name: 'X', unitId: rootUnitId } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'archiveServicePoint',
    query: `mutation($id: ID!) { archiveServicePoint(id: $id) { id } }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'assignServicePointStaff',
    query: `mutation($i: ServicePointStaffInput!) { assignServicePointStaff(input: $i) { id } }`,
    variables: () => ({ i: { servicePointId: id(), employeeId: id() } }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'removeServicePointStaff',
    query: `mutation($i: ServicePointStaffInput!) { removeServicePointStaff(input: $i) { id } }`,
    variables: () => ({ i: { servicePointId: id(), employeeId: id() } }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'createEmployee',
    query: `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`,
    variables: () => ({ i: { nip: '123', name: 'X', position: 'Y', unitId: rootUnitId, roles: ['EMPLOYEE'] } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'updateEmployee',
    query: `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id } }`,
    variables: () => ({ i: { id: id(), name: 'X', roles: [] } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'setEmployeePassword',
    query: `mutation($e: ID!, $p: String!) { setEmployeePassword(employeeId: $e, password: $p) { id } }`,
    variables: () => ({ e: id(), p: 'x' }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'importEmployees',
    query: `mutation($i: ImportEmployeesInput!) { importEmployees(input: $i) { created } }`,
    variables: () => ({ i: { csv: 'nip,nama', initialPassword: 'x' } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'createPeriod',
    query: `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`,
    variables: () => ({ i: { name: 'X', kind: 'MONTHLY', startsOn: '2026-13-01', endsOn: 'kemarin' } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'openRoundsForUnit',
    query: `mutation($i: OpenRoundsForUnitInput!) { openRoundsForUnit(input: $i) { opened } }`,
    variables: () => ({ i: { unitId: id(), periodId: id(), includeSubunits: true } }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'reopenRound',
    query: `mutation($i: ReopenRoundInput!) { reopenRound(input: $i) { id } }`,
    variables: () => ({ i: { roundId: id(), reason: 'x' } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'publishInstrument',
    query: `mutation($i: PublishInstrumentInput!) { publishInstrument(input: $i) { id } }`,
    variables: () => ({ i: { items: [{ value: 'BERORIENTASI_PELAYANAN', name: 'X', description: 'short', anchors: ['a'] }] } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'publishScoringPolicy',
    query: `mutation($i: PublishScoringPolicyInput!) { publishScoringPolicy(input: $i) { version } }`,
    variables: () => ({
      i: {
        code: 'UJI_AKSES',
        sources: ['SUPERVISOR', 'PEER', 'PUBLIC', 'SUBORDINATE'].map((source) => ({ source, weight: 0, minCount: 1 })),
        perilaku: { diAtas: 65, sesuai: 85 },
        hasilKerja: { diAtas: 110, sesuai: 90 },
        capaianCap: 3,
        anonymityMin: 1,
        reason: 'Uji akses',
      },
    }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'createRatingLink',
    query: `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { id } }`,
    variables: () => ({ i: { servicePointId: id(), expiresAt: '2000-01-01T00:00:00.000Z' } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'revokeRatingLink',
    query: `mutation($id: ID!) { revokeRatingLink(id: $id) { id } }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'registerKiosk',
    query: `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id } }`,
    variables: () => ({ i: { servicePointId: id(), name: 'X' } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'renameKiosk',
    query: `mutation($id: ID!, $n: String!) { renameKiosk(id: $id, name: $n) { id } }`,
    variables: () => ({ id: id(), n: 'X' }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'revokeKiosk',
    query: `mutation($id: ID!) { revokeKiosk(id: $id) { id } }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'createKioskPairingCode',
    query: `mutation($id: ID!) { createKioskPairingCode(kioskId: $id) { code } }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'releaseHeldRatings',
    query: `mutation($ids: [ID!]!) { releaseHeldRatings(ids: $ids) }`,
    variables: () => ({ ids: [] }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'rejectHeldRatings',
    query: `mutation($ids: [ID!]!) { rejectHeldRatings(ids: $ids) }`,
    variables: () => ({ ids: [] }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'recomputeSatisfaction',
    query: `mutation($p: ID!) { recomputeSatisfaction(periodId: $p) }`,
    variables: () => ({ p: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'retryFailedJob',
    query: `mutation($q: String!, $j: ID!) { retryFailedJob(queue: $q, jobId: $j) }`,
    variables: () => ({ q: 'tidak-ada', j: '1' }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'pingWorker',
    query: `mutation { pingWorker { nonce } }`,
    variables: () => ({}),
    allowed: 'OK',
  },
  {
    name: 'createTrainingCourse',
    query: `mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`,
    variables: () => ({ i: { title: 'Ok', provider: 'X', coreValue: 'LOYAL', hours: 0, active: true } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'updateTrainingCourse',
    query: `mutation($i: UpdateTrainingCourseInput!) { updateTrainingCourse(input: $i) { id } }`,
    variables: () => ({ i: { id: id(), title: 'Ok', provider: 'X', coreValue: 'LOYAL', hours: 0, active: true } }),
    allowed: 'BAD_USER_INPUT',
  },
];

/** ADMIN-only queries. */
const ADMIN_QUERIES: Case[] = [
  {
    name: 'auditLog',
    query: `query($t: String, $f: String) { auditLog(entityType: $t, from: $f) { id } }`,
    variables: () => ({ t: 'unit', f: '2026-02-30' }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'ratingLinks',
    query: `query($s: ID) { ratingLinks(servicePointId: $s) { id } }`,
    variables: () => ({ s: id() }),
    allowed: 'OK',
  },
  {
    name: 'kiosks',
    query: `query($s: ID) { kiosks(servicePointId: $s) { id } }`,
    variables: () => ({ s: id() }),
    allowed: 'OK',
  },
  {
    name: 'heldRatings',
    query: `query($s: ID) { heldRatings(servicePointId: $s) { id } }`,
    variables: () => ({ s: id() }),
    allowed: 'OK',
  },
  {
    name: 'scoringPolicies',
    query: `{ scoringPolicies { version code } }`,
    variables: () => ({}),
    allowed: 'OK',
  },
  {
    name: 'queueCounts',
    query: `{ queueCounts { queue } }`,
    variables: () => ({}),
    allowed: 'OK',
  },
  {
    name: 'failedJobs',
    query: `query($q: String!) { failedJobs(queue: $q) { id } }`,
    variables: () => ({ q: 'tidak-ada' }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'systemStatus',
    query: `{ systemStatus { version } }`,
    variables: () => ({}),
    allowed: 'OK',
  },
  {
    name: 'periodProgress',
    query: `query($p: ID!) { periodProgress(periodId: $p) { rounds } }`,
    variables: () => ({ p: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'awardCandidates',
    query: `query($p: ID!) { awardCandidates(periodId: $p, limit: 0) { eligible } }`,
    variables: () => ({ p: id() }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'trainingSuggestions',
    query: `query($p: ID!) { trainingSuggestions(periodId: $p) { threshold } }`,
    variables: () => ({ p: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'trainingCourses',
    query: `{ trainingCourses { id } }`,
    variables: () => ({}),
    allowed: 'OK',
  },
];

/** Open to SUPERVISOR and ADMIN, never to a plain EMPLOYEE (checked as the SUPERVISOR camat). */
/** A follow-up action's fields with a too-short action text. */
const FIELDS = { elementCode: 'U1', action: 'abc', ownerId: randomUUID(), dueOn: '2026-10-01' };

const SUPERVISOR_OPERATIONS: Case[] = [
  {
    name: 'openRound',
    query: `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
    variables: () => ({ i: { employeeId: id(), periodId: id() } }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'teamRounds',
    query: `query($p: ID!) { teamRounds(periodId: $p) { id } }`,
    variables: () => ({ p: id() }),
    allowed: 'OK',
  },
  {
    name: 'periodRounds',
    query: `query($p: ID!, $q: String) { periodRounds(periodId: $p, search: $q) { totalCount } }`,
    variables: () => ({ p: id(), q: 'x'.repeat(101) }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'teamDashboard',
    query: `query($p: ID!, $page: PageInput) { teamDashboard(periodId: $p, page: $page) { totals { people } } }`,
    variables: () => ({ p: id(), page: { first: 0 } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'teamMember',
    query: `query($r: ID!) { teamMember(roundId: $r) { roundId } }`,
    variables: () => ({ r: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'teamWorkPlans',
    query: `query($y: Int!) { teamWorkPlans(year: $y) { workPlan { id } } }`,
    variables: () => ({ y: 2026 }),
    allowed: 'OK',
  },
  {
    name: 'workPlanMonitoring',
    query: `query($y: Int!, $m: Int!) { workPlanMonitoring(year: $y, month: $m) { workPlanId } }`,
    variables: () => ({ y: 2026, m: 13 }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'agreeWorkPlan',
    query: `mutation($id: ID!) { agreeWorkPlan(workPlanId: $id) { id } }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'verifyRealisation',
    query: `mutation($i: VerifyRealisationInput!) { verifyRealisation(input: $i) { id } }`,
    variables: () => ({ i: { realisationId: id(), decision: 'RETURNED', feedback: 'x'.repeat(2001) } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'citizenComments',
    query: `query($s: String) { citizenComments(search: $s) { totalCount } }`,
    variables: () => ({ s: 'x'.repeat(101) }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'markCommentHandled',
    query: `mutation($id: ID!, $n: String) { markCommentHandled(id: $id, note: $n) { id } }`,
    variables: () => ({ id: id(), n: 'x'.repeat(1001) }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'hideComment',
    query: `mutation($id: ID!, $r: String!) { hideComment(id: $id, reason: $r) { id } }`,
    variables: () => ({ id: id(), r: 'abc' }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'unhideComment',
    query: `mutation($id: ID!) { unhideComment(id: $id) { id } }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'managedServicePoints',
    query: `{ managedServicePoints { id } }`,
    variables: () => ({}),
    allowed: 'OK',
  },
  {
    name: 'followUpPlan',
    query: `query($s: ID!, $p: ID!) { followUpPlan(servicePointId: $s, periodId: $p) { servicePointId } }`,
    variables: () => ({ s: id(), p: id() }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'createFollowUpAction',
    query: `mutation($i: CreateFollowUpActionInput!) { createFollowUpAction(input: $i) { id } }`,
    variables: () => ({ i: { servicePointId: id(), periodId: id(), ...FIELDS } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'updateFollowUpAction',
    query: `mutation($i: UpdateFollowUpActionInput!) { updateFollowUpAction(input: $i) { id } }`,
    variables: () => ({ i: { id: id(), ...FIELDS } }),
    allowed: 'BAD_USER_INPUT',
  },
  {
    name: 'setFollowUpActionStatus',
    query: `mutation($i: SetFollowUpStatusInput!) { setFollowUpActionStatus(input: $i) { id } }`,
    variables: () => ({ i: { id: id(), status: 'DONE' } }),
    allowed: 'NOT_FOUND',
  },
  {
    name: 'deleteFollowUpAction',
    query: `mutation($id: ID!) { deleteFollowUpAction(id: $id) }`,
    variables: () => ({ id: id() }),
    allowed: 'NOT_FOUND',
  },
];

/**
 * Everything else: public, or any staff member with per-record rules in the feature's policy or
 * service (the round's supervisor, the employee themself, staff of the service point, ...).
 */
const OTHER_MUTATIONS = [
  'login',
  'refreshToken',
  'logout',
  'changePassword',
  'pairKiosk',
  'submitPublicRating',
  'issueServiceTicket',
  'completeServiceTicket',
  'assignReviewer',
  'decideNomination',
  'submitReview',
  'closeRound',
  'createWorkPlan',
  'addIndicator',
  'updateIndicator',
  'removeIndicator',
  'reviseWorkPlan',
  'reportRealisation',
  'markNotificationsRead',
  'markAllNotificationsRead',
  // Reports: an employee asks for their own round's, a head for their service points' (decided on the subject).
  'requestReport',
];
const OTHER_QUERIES = [
  'me',
  'employee',
  'employees',
  'units',
  'unit',
  'servicePoints',
  'servicePoint',
  'periods',
  'round',
  'myRounds',
  'myResults',
  'reviewsWaitingForMe',
  'nominationsWaitingForMe',
  'colleagues',
  'currentInstrument',
  'currentScoringPolicy',
  'publicRatingContext',
  'servicePointSatisfaction',
  'publicServicePointSatisfaction',
  'workPlan',
  'myWorkPlan',
  'realisations',
  'myNotifications',
  'unreadNotificationCount',
  'deskServicePoints',
  'openServiceTickets',
  'publicTransparency',
  // The requester's own reports; the SKM data of the service points the caller heads (decided on the subject).
  'report',
  'myReports',
  'satisfactionReport',
  'skmServicePoints',
];

describe('access is decided before input validation (issue 12, acceptance 5)', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Akses');
    rootUnitId = org.admin.rootUnitId;
  });
  afterAll(() => stack?.close());

  it('the lists above name every query and mutation of the schema, each once', async () => {
    const d = await ok(stack, `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`, {}, org.admin.token);
    const names = (t: { fields: Array<{ name: string }> }) => t.fields.map((f) => f.name).sort();
    const listed = (cases: Case[], others: string[]) => [...cases.map((c) => c.name), ...others].sort();
    expect(listed([...ADMIN_MUTATIONS, ...SUPERVISOR_OPERATIONS.filter((c) => c.query.startsWith('mutation'))], OTHER_MUTATIONS)).toEqual(
      names(d.__schema.mutationType),
    );
    expect(listed([...ADMIN_QUERIES, ...SUPERVISOR_OPERATIONS.filter((c) => !c.query.startsWith('mutation'))], OTHER_QUERIES)).toEqual(
      names(d.__schema.queryType),
    );
  });

  const send = async (c: Case, token: string) => stack.gql(c.query, c.variables(), token);
  const outcome = (res: Awaited<ReturnType<typeof send>>) => errorCode(res) ?? (res.errors ? 'ERROR' : 'OK');

  it('an EMPLOYEE gets FORBIDDEN from every ADMIN-only mutation, whatever the input', async () => {
    const got: Record<string, string> = {};
    for (const c of ADMIN_MUTATIONS) got[c.name] = outcome(await send(c, org.tokens.staffA));
    expect(got).toEqual(Object.fromEntries(ADMIN_MUTATIONS.map((c) => [c.name, 'FORBIDDEN'])));
  });

  it('a SUPERVISOR gets FORBIDDEN from every ADMIN-only mutation too', async () => {
    const got: Record<string, string> = {};
    for (const c of ADMIN_MUTATIONS) got[c.name] = outcome(await send(c, org.tokens.camat));
    expect(got).toEqual(Object.fromEntries(ADMIN_MUTATIONS.map((c) => [c.name, 'FORBIDDEN'])));
  });

  it('an EMPLOYEE gets FORBIDDEN from every ADMIN-only query and every SUPERVISOR-or-ADMIN operation', async () => {
    const cases = [...ADMIN_QUERIES, ...SUPERVISOR_OPERATIONS];
    const got: Record<string, string> = {};
    for (const c of cases) got[c.name] = outcome(await send(c, org.tokens.staffA));
    expect(got).toEqual(Object.fromEntries(cases.map((c) => [c.name, 'FORBIDDEN'])));
  });

  it('an ADMIN with the same input reaches validation (BAD_USER_INPUT) or the record lookup (NOT_FOUND)', async () => {
    const cases = [...ADMIN_MUTATIONS, ...ADMIN_QUERIES, ...SUPERVISOR_OPERATIONS];
    const got: Record<string, string> = {};
    for (const c of cases) got[c.name] = outcome(await send(c, org.admin.token));
    expect(got).toEqual(Object.fromEntries(cases.map((c) => [c.name, c.allowed])));
  }, 60_000);

  it('a SUPERVISOR with the same input passes the role check of the SUPERVISOR-or-ADMIN operations', async () => {
    const got: Record<string, string> = {};
    for (const c of SUPERVISOR_OPERATIONS) got[c.name] = outcome(await send(c, org.tokens.camat));
    expect(got).toEqual(Object.fromEntries(SUPERVISOR_OPERATIONS.map((c) => [c.name, c.allowed])));
  });

  it('nothing was written by the refused calls', async () => {
    const d = await ok(stack, `{ auditLog(first: 200) { action actorId } }`, {}, org.admin.token);
    const byOthers = (d.auditLog as Array<{ actorId: string | null }>).filter(
      (e) => e.actorId === org.people.staffA.id || e.actorId === org.people.camat.id,
    );
    expect(byOthers).toEqual([]);
  });
});
