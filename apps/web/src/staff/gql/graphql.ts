/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddIndicatorInput = {
  aggregation: Aggregation;
  direction: Direction;
  /** Measurement method: SURVEY, EVALUATION, DATA_ANALYSIS, PLATFORM_DATA, or a description (2–200 characters). */
  method: string;
  /** Nama indikator, 3–300 characters. */
  name: string;
  source: IndicatorSource;
  /** Annual target, > 0. */
  target: number;
  /** Satuan: dokumen, hari, persen, ... */
  unit: string;
  /** Relative weight, > 0 (weights need not sum to 1 or 100). */
  weight: number;
  workPlanId: string | number;
};

/** How verified months make a period’s realisation: SUM (counts), AVERAGE (rates, times), LAST (cumulative status). */
export type Aggregation =
  | 'AVERAGE'
  | 'LAST'
  | 'SUM';

export type AssignReviewerInput = {
  relation: ReviewerRelation;
  reviewerId: string | number;
  roundId: string | number;
};

export type AssignmentState =
  | 'APPROVED'
  | 'NOMINATED'
  | 'REJECTED';

export type CloseRoundInput = {
  /** Required while the employee has no KPI data (no agreed work plan with data); otherwise the computed rating stands unless a different one is given with overrideReason. */
  hasilKerjaRating?: Rating | null | undefined;
  /** Why the computed hasil kerja rating is overridden; required when hasilKerjaRating differs from it. */
  overrideReason?: string | null | undefined;
  roundId: string | number;
};

/** OPEN until marked handled; HIDDEN (abusive, with a reason) while hidden. */
export type CommentStatus =
  | 'HANDLED'
  | 'HIDDEN'
  | 'OPEN';

/** The seven BerAKHLAK core values. */
export type CoreValue =
  | 'ADAPTIF'
  | 'AKUNTABEL'
  | 'BERORIENTASI_PELAYANAN'
  | 'HARMONIS'
  | 'KOLABORATIF'
  | 'KOMPETEN'
  | 'LOYAL';

export type CreateEmployeeInput = {
  /** Where email notifications go (stored lower-cased). */
  email?: string | null | undefined;
  name: string;
  /** 18 digits: birth date, TMT CPNS, sex, serial. */
  nip: string;
  /** Initial password; without one the employee cannot log in yet. */
  password?: string | null | undefined;
  position: string;
  roles?: Array<Role>;
  supervisorId?: string | number | null | undefined;
  unitId: string | number;
};

export type CreateFollowUpActionInput = {
  /** What will be done, 5–1000 characters. */
  action: string;
  /** YYYY-MM-DD, from the period’s first day (DUE_DATE_BEFORE_PERIOD) to a year after its end (DUE_DATE_TOO_LATE). */
  dueOn: string;
  /** U1..U9 (INVALID_ELEMENT_CODE otherwise). */
  elementCode: string;
  /** An active employee of the agency (OWNER_NOT_IN_AGENCY otherwise). */
  ownerId: string | number;
  periodId: string | number;
  published?: boolean | null | undefined;
  servicePointId: string | number;
  status?: FollowUpStatus | null | undefined;
};

export type CreatePeriodInput = {
  /** YYYY-MM-DD */
  endsOn: string;
  kind: PeriodKind;
  name: string;
  /** YYYY-MM-DD: the last day for reviews, from startsOn to 90 days after endsOn. */
  reviewDeadline?: string | null | undefined;
  /** YYYY-MM-DD */
  startsOn: string;
};

export type CreateRatingLinkInput = {
  /** Attribute ratings to this officer (must staff the service point). */
  employeeId?: string | number | null | undefined;
  expiresAt?: string | null | undefined;
  servicePointId: string | number;
};

export type CreateServicePointInput = {
  name: string;
  unitId: string | number;
};

export type CreateTrainingCourseInput = {
  active?: boolean;
  coreValue: CoreValue;
  /** Hours, more than 0, at most 1000, one decimal. */
  hours: number;
  /** A KPI indicator name the course also serves; empty or null for none. */
  indicator?: string | null | undefined;
  provider: string;
  title: string;
};

export type CreateUnitInput = {
  kind: UnitKind;
  name: string;
  /** The parent unit; every unit but the agency root has one. */
  parentId?: string | number | null | undefined;
};

export type CreateWorkPlanInput = {
  employeeId: string | number;
  year: number;
};

export type DecideNominationInput = {
  approve: boolean;
  assignmentId: string | number;
};

/** Whether a higher or a lower realisation is better (e.g. completion time). */
export type Direction =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type EmployeeFilter = {
  /** Only active (true) or inactive (false) employees; both when omitted. */
  active?: boolean | null | undefined;
  /** With unitId: also employees of its sub-units. */
  includeSubunits?: boolean | null | undefined;
  /** Part of the name, or the start of the NIP. */
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
};

/** Where an action of the follow-up plan stands. */
export type FollowUpStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type ImportEmployeesInput = {
  /** CSV text with a header row: NIP, nama, jabatan, unit, NIP atasan (and optionally peran). */
  csv: string;
  /** Preview: run every check and list each row's problem in `problems` instead of refusing; nothing is stored. */
  dryRun?: boolean | null | undefined;
  /** Initial password for every imported employee; without one they cannot log in yet. */
  initialPassword?: string | null | undefined;
};

/** MANUAL: reported monthly by the employee; the others are computed from the platform’s own facts. */
export type IndicatorSource =
  | 'CITIZEN_SATISFACTION'
  | 'MANUAL'
  | 'SERVICE_COMPLETION_TIME';

export type InstrumentItemInput = {
  /** Behaviour anchors for scores 1 to 5, in order. */
  anchors: Array<string>;
  description: string;
  name: string;
  value: CoreValue;
};

export type IssueServiceTicketInput = {
  employeeId?: string | number | null | undefined;
  servicePointId: string | number;
};

export type MoveUnitInput = {
  id: string | number;
  parentId: string | number;
};

/** What waits for the recipient: a review to write, a nomination to decide, a round to close, a review deadline soon (for a reviewer: their review; for a supervisor: a round of theirs not ready to close), news that the supervisor decided a peer they nominated, or (for a unit head) a run of bad citizen ratings at a service point of their unit tree. */
export type NotificationKind =
  | 'DEADLINE_SOON'
  | 'NOMINATION_DECIDED'
  | 'NOMINATION_TO_DECIDE'
  | 'REVIEW_WAITING'
  | 'ROUND_READY_TO_CLOSE'
  | 'SATISFACTION_LOW';

export type OpenRoundsForUnitInput = {
  includeSubunits?: boolean;
  periodId: string | number;
  unitId: string | number;
};

export type PageInput = {
  after?: string | null | undefined;
  first?: number;
};

export type PeriodKind =
  | 'ANNUAL'
  | 'MONTHLY'
  | 'QUARTERLY';

/** A source a scoring policy weighs (SELF is never weighted). */
export type PolicySource =
  | 'PEER'
  | 'PUBLIC'
  | 'SUBORDINATE'
  | 'SUPERVISOR';

export type PolicySourceRuleInput = {
  /** 1 or more; PEER and SUBORDINATE at least anonymityMin. */
  minCount: number;
  source: PolicySource;
  /** 0 to 100, relative (renormalised over the sources that counted). */
  weight: number;
};

/** Predikat kinerja (PermenPANRB 6/2022). */
export type Predikat =
  | 'BAIK'
  | 'BUTUH_PERBAIKAN'
  | 'KURANG'
  | 'SANGAT_BAIK'
  | 'SANGAT_KURANG';

export type PublishInstrumentInput = {
  /** All seven BerAKHLAK values, each once. */
  items: Array<InstrumentItemInput>;
};

export type PublishScoringPolicyInput = {
  /** 3 or more (the project default is 3). */
  anonymityMin: number;
  /** 1 to 2 (default 1.2). */
  capaianCap: number;
  /** The policy’s name without version, A–Z 0–9 _ (e.g. KEC_ARCAMANIK_360); the version is appended as _V<n>. */
  code: string;
  /** Hasil kerja: 0 < sesuai < diAtas ≤ 100 × capaianCap. */
  hasilKerja: RatingThresholdsInput;
  /** Perilaku: 0 < sesuai < diAtas ≤ 100. */
  perilaku: RatingThresholdsInput;
  /** Why the policy changes, 5–2000 characters (kept with the version and in the audit log). */
  reason: string;
  /** SUPERVISOR, PEER, PUBLIC and SUBORDINATE, each once. */
  sources: Array<PolicySourceRuleInput>;
};

export type Rating =
  | 'DI_ATAS_EKSPEKTASI'
  | 'DI_BAWAH_EKSPEKTASI'
  | 'SESUAI_EKSPEKTASI';

/** How a citizen rating arrived. */
export type RatingChannel =
  | 'KIOSK'
  | 'LINK'
  | 'TICKET';

/** IKM: the nine-element survey; QUICK: one tap, 1 to 4. */
export type RatingKind =
  | 'IKM'
  | 'QUICK';

export type RatingThresholdsInput = {
  diAtas: number;
  sesuai: number;
};

/** One entry of a realisation’s thread. */
export type RealisationAction =
  | 'CORRECTED'
  | 'REPORTED'
  | 'RETURNED'
  | 'VERIFIED';

export type RealisationDecision =
  | 'RETURNED'
  | 'VERIFIED';

export type RealisationStatus =
  | 'RETURNED'
  | 'SUBMITTED'
  | 'VERIFIED';

export type RegisterKioskInput = {
  name: string;
  servicePointId: string | number;
};

export type ReopenRoundInput = {
  reason: string;
  roundId: string | number;
};

/** EMPLOYEE_ROUND: an employee’s round report; SERVICE_POINT_SKM: a service point’s SKM report. */
export type ReportKind =
  | 'EMPLOYEE_ROUND'
  | 'SERVICE_POINT_SKM';

export type ReportRealisationInput = {
  /** Link to the evidence (bukti dukung), http(s) only. */
  evidenceUrl?: string | null | undefined;
  indicatorId: string | number;
  /** YYYY-MM */
  month: string;
  /** Catatan, up to 2000 characters. */
  note?: string | null | undefined;
  /** The month’s realisation, ≥ 0. */
  value: number;
};

export type ReportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING';

/** EMPLOYEE_ROUND needs roundId; SERVICE_POINT_SKM needs servicePointId and periodId. */
export type RequestReportInput = {
  kind: ReportKind;
  periodId?: string | number | null | undefined;
  roundId?: string | number | null | undefined;
  servicePointId?: string | number | null | undefined;
};

export type ReviewSource =
  | 'PEER'
  | 'PUBLIC'
  | 'SELF'
  | 'SUBORDINATE'
  | 'SUPERVISOR';

export type ReviewerRelation =
  | 'PEER'
  | 'SELF'
  | 'SUBORDINATE'
  | 'SUPERVISOR';

export type ReviseWorkPlanInput = {
  /** Why the agreed plan changes, 5–2000 characters. */
  reason: string;
  workPlanId: string | number;
};

/** ADMIN manages the agency; SUPERVISOR leads a team; EMPLOYEE is every staff member. */
export type Role =
  | 'ADMIN'
  | 'EMPLOYEE'
  | 'SUPERVISOR';

export type RoundStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'SCORED';

export type ServicePointStaffInput = {
  employeeId: string | number;
  servicePointId: string | number;
};

export type SetFollowUpStatusInput = {
  id: string | number;
  status: FollowUpStatus;
};

/** COUNTED: in the perilaku score with its (renormalised) weight; BELOW_MINIMUM: fewer inputs than the source needs (anonymity, or the policy's minimum): left out and no figure shown, its weight given to the counted sources; NOT_WEIGHTED: shown but weight 0 under the policy (SELF always). */
export type SourceStatus =
  | 'BELOW_MINIMUM'
  | 'COUNTED'
  | 'NOT_WEIGHTED';

export type SubmitReviewInput = {
  /** Saran perbaikan: what to improve. Required for the supervisor. */
  improvements?: string | null | undefined;
  roundId: string | number;
  /** All seven BerAKHLAK values, each once, 1 to 5. */
  scores: Array<ValueScoreInput>;
  /** Apresiasi: what went well. Required for the supervisor. */
  strengths?: string | null | undefined;
};

/** Level of a unit: the agency root, dinas, bidang, kecamatan, kelurahan, or other. */
export type UnitKind =
  | 'AGENCY'
  | 'BIDANG'
  | 'DINAS'
  | 'KECAMATAN'
  | 'KELURAHAN'
  | 'OTHER';

export type UpdateEmployeeInput = {
  active?: boolean | null | undefined;
  clearEmail?: boolean | null | undefined;
  clearSupervisor?: boolean | null | undefined;
  /** Set to change the email address; see clearEmail to remove it. */
  email?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  position?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
  /** Set to change the supervisor; see clearSupervisor to remove it. */
  supervisorId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
};

/** Replaces every field of an action. */
export type UpdateFollowUpActionInput = {
  /** What will be done, 5–1000 characters. */
  action: string;
  /** YYYY-MM-DD, from the period’s first day (DUE_DATE_BEFORE_PERIOD) to a year after its end (DUE_DATE_TOO_LATE). */
  dueOn: string;
  /** U1..U9 (INVALID_ELEMENT_CODE otherwise). */
  elementCode: string;
  id: string | number;
  /** An active employee of the agency (OWNER_NOT_IN_AGENCY otherwise). */
  ownerId: string | number;
  published?: boolean | null | undefined;
  status?: FollowUpStatus | null | undefined;
};

/** Replaces every field of an indicator of a DRAFT plan. */
export type UpdateIndicatorInput = {
  aggregation: Aggregation;
  direction: Direction;
  indicatorId: string | number;
  /** Measurement method: SURVEY, EVALUATION, DATA_ANALYSIS, PLATFORM_DATA, or a description (2–200 characters). */
  method: string;
  /** Nama indikator, 3–300 characters. */
  name: string;
  source: IndicatorSource;
  /** Annual target, > 0. */
  target: number;
  /** Satuan: dokumen, hari, persen, ... */
  unit: string;
  /** Relative weight, > 0 (weights need not sum to 1 or 100). */
  weight: number;
};

export type UpdateTrainingCourseInput = {
  active?: boolean;
  coreValue: CoreValue;
  /** Hours, more than 0, at most 1000, one decimal. */
  hours: number;
  id: string | number;
  /** A KPI indicator name the course also serves; empty or null for none. */
  indicator?: string | null | undefined;
  provider: string;
  title: string;
};

export type UpdateUnitInput = {
  id: string | number;
  kind?: UnitKind | null | undefined;
  name?: string | null | undefined;
};

export type ValueScoreInput = {
  /** 1 to 5 */
  score: number;
  value: CoreValue;
};

export type VerifyRealisationInput = {
  decision: RealisationDecision;
  /** Umpan balik; required to return, optional to verify. */
  feedback?: string | null | undefined;
  realisationId: string | number;
};

export type WorkPlanStatus =
  | 'AGREED'
  | 'DRAFT';

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeOwnPasswordMutation = { changePassword: boolean };

export type AdminAuditActorsQueryVariables = Exact<{
  search: string;
}>;


export type AdminAuditActorsQuery = { employees: { totalCount: number, nodes: Array<{ id: string, name: string, nip: string }> } };

export type AdminAuditLogQueryVariables = Exact<{
  entityType?: string | null | undefined;
  entityId?: string | number | null | undefined;
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first: number;
  before?: string | number | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: Array<{ id: string, occurredAt: string, action: string, actorId: string | null, actorKind: string, actorName: string | null, entityType: string, entityId: string | null, before: unknown, after: unknown }> };

export type AdminPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPeriodsQuery = { periods: Array<{ id: string, name: string, kind: PeriodKind, startsOn: string, endsOn: string, reviewDeadline: string | null }> };

export type AdminEmployeeNameQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEmployeeNameQuery = { employee: { name: string } };

export type AdminImportEmployeesMutationVariables = Exact<{
  input: ImportEmployeesInput;
}>;


export type AdminImportEmployeesMutation = { importEmployees: { created: number, dryRun: boolean, rows: number, nips: Array<string>, problems: Array<{ line: number, reason: string }> } };

export type AdminEmployeesQueryVariables = Exact<{
  filter?: EmployeeFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdminEmployeesQuery = { employees: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, nip: string, position: string, active: boolean, unit: { name: string } }> } };

export type AdminEmployeeQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEmployeeQuery = { employee: { id: string, name: string, nip: string, position: string, active: boolean, email: string | null, hasAccount: boolean, roles: Array<Role>, unit: { id: string, name: string }, supervisor: { id: string, name: string, nip: string } | null, history: Array<{ position: string, unitId: string, supervisorId: string | null, validFrom: string, validTo: string | null }> } };

export type AdminCreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type AdminCreateEmployeeMutation = { createEmployee: { id: string, name: string } };

export type AdminUpdateEmployeeMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type AdminUpdateEmployeeMutation = { updateEmployee: { id: string } };

export type AdminSetEmployeePasswordMutationVariables = Exact<{
  employeeId: string | number;
  password: string;
}>;


export type AdminSetEmployeePasswordMutation = { setEmployeePassword: { id: string } };

export type AdminCurrentInstrumentQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCurrentInstrumentQuery = { currentInstrument: { id: string, version: number, publishedAt: string, items: Array<{ value: CoreValue, name: string, description: string, anchors: Array<string> }> } };

export type AdminPublishInstrumentMutationVariables = Exact<{
  input: PublishInstrumentInput;
}>;


export type AdminPublishInstrumentMutation = { publishInstrument: { id: string, version: number } };

export type AdminPublishScoringPolicyMutationVariables = Exact<{
  input: PublishScoringPolicyInput;
}>;


export type AdminPublishScoringPolicyMutation = { publishScoringPolicy: { version: number, code: string } };

export type AdminScoringPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminScoringPoliciesQuery = { scoringPolicies: Array<{ version: number, code: string, isDefault: boolean, publishedAt: string | null, reason: string | null, publishedBy: { name: string } | null }>, currentScoringPolicy: { version: number, code: string, anonymityMin: number, capaianCap: number, perilaku: { sesuai: number, diAtas: number }, hasilKerja: { sesuai: number, diAtas: number }, sources: Array<{ source: PolicySource, weight: number, minCount: number }> } };

export type AdminFailedJobsQueryVariables = Exact<{
  queue: string;
}>;


export type AdminFailedJobsQuery = { failedJobs: Array<{ id: string, queue: string, name: string, failedReason: string, attemptsMade: number, failedAt: string | null, data: unknown }> };

export type AdminSystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSystemStatusQuery = { systemStatus: { queueBackend: string, version: string }, queueCounts: Array<{ queue: string, counts: unknown }> };

export type AdminRetryFailedJobMutationVariables = Exact<{
  queue: string;
  jobId: string | number;
}>;


export type AdminRetryFailedJobMutation = { retryFailedJob: boolean };

export type AdminCreatePeriodMutationVariables = Exact<{
  input: CreatePeriodInput;
}>;


export type AdminCreatePeriodMutation = { createPeriod: { id: string, name: string } };

export type AdminAwardCandidatesQueryVariables = Exact<{
  periodId: string | number;
  unitId?: string | number | null | undefined;
  limit: number;
}>;


export type AdminAwardCandidatesQuery = { awardCandidates: { roundsConsidered: number, eligible: number, rule: { minPeers: number }, candidates: Array<{ rank: number, roundId: string, employeeName: string, employeeNip: string, position: string, unitName: string, predikat: Predikat, perilakuScore: number, hasilKerjaScore: number | null, reasons: Array<{ source: ReviewSource, count: number, score: number, weight: number }> }> } };

export type AdminTrainingCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTrainingCoursesQuery = { trainingCourses: Array<{ id: string, title: string, provider: string, coreValue: CoreValue, indicator: string | null, hours: number, active: boolean }> };

export type AdminCreateTrainingCourseMutationVariables = Exact<{
  input: CreateTrainingCourseInput;
}>;


export type AdminCreateTrainingCourseMutation = { createTrainingCourse: { id: string, title: string } };

export type AdminUpdateTrainingCourseMutationVariables = Exact<{
  input: UpdateTrainingCourseInput;
}>;


export type AdminUpdateTrainingCourseMutation = { updateTrainingCourse: { id: string, title: string } };

export type AdminTrainingSuggestionsQueryVariables = Exact<{
  periodId: string | number;
  unitId?: string | number | null | undefined;
}>;


export type AdminTrainingSuggestionsQuery = { trainingSuggestions: { threshold: number, maxValues: number, roundsConsidered: number, employees: Array<{ roundId: string, employeeName: string, employeeNip: string, position: string, unitName: string, weakValues: Array<{ value: CoreValue, score: number }>, courses: Array<{ value: CoreValue, indicatorMatched: string | null, course: { id: string, title: string, provider: string, hours: number } }> }> } };

export type AdminOpenRoundsForUnitMutationVariables = Exact<{
  input: OpenRoundsForUnitInput;
}>;


export type AdminOpenRoundsForUnitMutation = { openRoundsForUnit: { opened: number, alreadyOpen: number, withoutSupervisor: number } };

export type AdminPeriodProgressQueryVariables = Exact<{
  periodId: string | number;
  unitId?: string | number | null | undefined;
}>;


export type AdminPeriodProgressQuery = { periodProgress: { rounds: number, draft: number, open: number, closed: number, scored: number, seats: number, reviewsSubmitted: number } };

export type AdminReopenRoundMutationVariables = Exact<{
  input: ReopenRoundInput;
}>;


export type AdminReopenRoundMutation = { reopenRound: { id: string, status: RoundStatus } };

export type AdminPeriodRoundsQueryVariables = Exact<{
  periodId: string | number;
  unitId?: string | number | null | undefined;
  status?: RoundStatus | null | undefined;
  search?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdminPeriodRoundsQuery = { periodRounds: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: RoundStatus, openedAt: string, employee: { id: string, name: string, nip: string } }> } };

export type AdminUnitTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUnitTreeQuery = { units: Array<{ id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> }> };

export type AdminServicePointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminServicePointsQuery = { servicePoints: Array<{ id: string, name: string, unit: { name: string }, staff: Array<{ id: string, name: string }> }> };

export type AdminKioskFieldsFragment = { id: string, name: string, revokedAt: string | null, lastSeenAt: string | null, createdAt: string };

export type AdminKiosksQueryVariables = Exact<{
  servicePointId?: string | number | null | undefined;
}>;


export type AdminKiosksQuery = { kiosks: Array<{ id: string, name: string, revokedAt: string | null, lastSeenAt: string | null, createdAt: string }> };

export type AdminRegisterKioskMutationVariables = Exact<{
  input: RegisterKioskInput;
}>;


export type AdminRegisterKioskMutation = { registerKiosk: { id: string, name: string, revokedAt: string | null, lastSeenAt: string | null, createdAt: string } };

export type AdminRenameKioskMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type AdminRenameKioskMutation = { renameKiosk: { id: string, name: string, revokedAt: string | null, lastSeenAt: string | null, createdAt: string } };

export type AdminRevokeKioskMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeKioskMutation = { revokeKiosk: { id: string, name: string, revokedAt: string | null, lastSeenAt: string | null, createdAt: string } };

export type AdminCreateKioskPairingCodeMutationVariables = Exact<{
  kioskId: string | number;
}>;


export type AdminCreateKioskPairingCodeMutation = { createKioskPairingCode: { code: string, expiresAt: string } };

export type AdminRatingLinkFieldsFragment = { id: string, token: string, url: string, employeeId: string | null, expiresAt: string | null, revokedAt: string | null, createdAt: string };

export type AdminRatingLinksQueryVariables = Exact<{
  servicePointId?: string | number | null | undefined;
}>;


export type AdminRatingLinksQuery = { ratingLinks: Array<{ id: string, token: string, url: string, employeeId: string | null, expiresAt: string | null, revokedAt: string | null, createdAt: string }> };

export type AdminCreateRatingLinkMutationVariables = Exact<{
  input: CreateRatingLinkInput;
}>;


export type AdminCreateRatingLinkMutation = { createRatingLink: { id: string, token: string, url: string, employeeId: string | null, expiresAt: string | null, revokedAt: string | null, createdAt: string } };

export type AdminRevokeRatingLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeRatingLinkMutation = { revokeRatingLink: { id: string, token: string, url: string, employeeId: string | null, expiresAt: string | null, revokedAt: string | null, createdAt: string } };

export type AdminHeldRatingsQueryVariables = Exact<{
  servicePointId?: string | number | null | undefined;
}>;


export type AdminHeldRatingsQuery = { heldRatings: Array<{ id: string, employeeId: string | null, channel: string, kind: RatingKind, reason: string, clientTag: string, answers: Array<number> | null, score: number | null, comment: string | null, submittedAt: string }> };

export type AdminReleaseHeldRatingsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AdminReleaseHeldRatingsMutation = { releaseHeldRatings: number };

export type AdminRejectHeldRatingsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AdminRejectHeldRatingsMutation = { rejectHeldRatings: number };

export type AdminSetupServicePointsQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type AdminSetupServicePointsQuery = { servicePoints: Array<{ id: string, name: string, archivedAt: string | null, unit: { name: string }, staff: Array<{ id: string, name: string, nip: string, position: string }> }> };

export type AdminCreateServicePointMutationVariables = Exact<{
  input: CreateServicePointInput;
}>;


export type AdminCreateServicePointMutation = { createServicePoint: { id: string, name: string } };

export type AdminArchiveServicePointMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminArchiveServicePointMutation = { archiveServicePoint: { id: string } };

export type AdminAssignServicePointStaffMutationVariables = Exact<{
  input: ServicePointStaffInput;
}>;


export type AdminAssignServicePointStaffMutation = { assignServicePointStaff: { id: string } };

export type AdminRemoveServicePointStaffMutationVariables = Exact<{
  input: ServicePointStaffInput;
}>;


export type AdminRemoveServicePointStaffMutation = { removeServicePointStaff: { id: string } };

export type AdminPickEmployeesQueryVariables = Exact<{
  search: string;
}>;


export type AdminPickEmployeesQuery = { employees: { nodes: Array<{ id: string, name: string, nip: string, position: string }> } };

export type AdminUnitRootQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUnitRootQuery = { units: Array<{ id: string, name: string }> };

export type AdminUnitIndexQueryVariables = Exact<{
  rootId: string | number;
}>;


export type AdminUnitIndexQuery = { units: Array<{ id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> }> };

export type AdminUnitsQueryVariables = Exact<{
  parentId?: string | number | null | undefined;
  includeArchived: boolean;
}>;


export type AdminUnitsQuery = { units: Array<{ id: string, name: string, kind: UnitKind, archivedAt: string | null, parentId: string | null, children: Array<{ id: string }> }> };

export type AdminUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUnitQuery = { unit: { id: string, name: string, kind: UnitKind, archivedAt: string | null, parentId: string | null, parent: { id: string, name: string } | null, history: Array<{ name: string, parentId: string | null, archived: boolean, validFrom: string, validTo: string | null }> } };

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AdminCreateUnitMutation = { createUnit: { id: string, name: string } };

export type AdminUpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type AdminUpdateUnitMutation = { updateUnit: { id: string } };

export type AdminMoveUnitMutationVariables = Exact<{
  input: MoveUnitInput;
}>;


export type AdminMoveUnitMutation = { moveUnit: { id: string } };

export type AdminArchiveUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminArchiveUnitMutation = { archiveUnit: { id: string, name: string } };

export type StaffLoginMutationVariables = Exact<{
  n: string;
  p: string;
}>;


export type StaffLoginMutation = { login: { accessToken: string } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type StaffNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type StaffNotificationsQuery = { myNotifications: { endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, kind: NotificationKind, message: string, createdAt: string, readAt: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: Array<string> };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLogoutMutation = { logout: boolean };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { me: { id: string, name: string, position: string, roles: Array<Role>, supervisor: { id: string } | null }, deskServicePoints: Array<{ id: string, name: string, unitName: string }> };

export type OpenServiceTicketsQueryVariables = Exact<{
  sp: string | number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type OpenServiceTicketsQuery = { openServiceTickets: { totalCount: number, nodes: Array<{ id: string, number: number, issuedAt: string, usedAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type IssueServiceTicketMutationVariables = Exact<{
  i: IssueServiceTicketInput;
}>;


export type IssueServiceTicketMutation = { issueServiceTicket: { id: string, number: number, url: string, qrSvgUrl: string, issuedAt: string } };

export type CompleteServiceTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteServiceTicketMutation = { completeServiceTicket: { number: number, completedAt: string | null } };

export type MyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRoundsQuery = { myRounds: Array<{ id: string, status: RoundStatus, period: { name: string }, progress: { peersApproved: number, nominationsPending: number } | null, peerNominations: Array<{ id: string, reviewerId: string, reviewerName: string, reviewerPosition: string, state: AssignmentState, nominatedByMe: boolean, createdAt: string }> | null, result: { predikat: Predikat | null, perilakuScore: number | null, perilakuRating: Rating | null, hasilKerjaRating: Rating } | null, feedback: Array<{ relation: ReviewerRelation, submitted: number | null, commentsVisible: boolean, comments: Array<{ strengths: string | null, improvements: string | null }> }> | null }> };

export type MyResultsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type MyResultsQuery = { myResults: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, period: { id: string, name: string, startsOn: string, endsOn: string }, result: { predikat: Predikat | null, perilakuScore: number | null, perilakuRating: Rating | null, hasilKerjaScore: number | null, hasilKerjaRating: Rating, sources: Array<{ source: ReviewSource, count: number, score: number | null, weight: number, counted: boolean, minimum: number, status: SourceStatus, ci95: { low: number, high: number } | null }> } | null, valueGaps: Array<{ value: CoreValue, self: number | null, others: number | null, gap: number | null }> | null, feedback: Array<{ relation: ReviewerRelation, submitted: number | null, commentsVisible: boolean, comments: Array<{ strengths: string | null, improvements: string | null }> }> | null }> } };

export type ColleaguesQueryVariables = Exact<{
  s: string;
  n?: number | null | undefined;
}>;


export type ColleaguesQuery = { colleagues: Array<{ id: string, name: string, position: string, unitName: string }> };

export type NominatePeerMutationVariables = Exact<{
  i: AssignReviewerInput;
}>;


export type NominatePeerMutation = { assignReviewer: { id: string, state: AssignmentState } };

export type MyReportsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type MyReportsQuery = { myReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ReportKind, status: ReportStatus, progress: number, subject: string, errorCode: string | null, errorMessage: string | null, fileName: string | null, sizeBytes: number | null, downloadUrl: string | null, createdAt: string }> } };

export type SkmReportChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SkmReportChoicesQuery = { skmServicePoints: Array<{ id: string, name: string }>, periods: Array<{ id: string, name: string, startsOn: string, endsOn: string }> };

export type RequestReportMutationVariables = Exact<{
  input: RequestReportInput;
}>;


export type RequestReportMutation = { requestReport: { id: string, status: ReportStatus, subject: string } };

export type ReviewFormRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewFormRoundQuery = { round: { positionAtOpen: string, employee: { name: string }, instrument: { items: Array<{ value: CoreValue, name: string, description: string, anchors: Array<string> }> } } | null };

export type SubmitReviewMutationVariables = Exact<{
  i: SubmitReviewInput;
}>;


export type SubmitReviewMutation = { submitReview: { id: string } };

export type ReviewsWaitingForMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewsWaitingForMeQuery = { reviewsWaitingForMe: Array<{ id: string, relation: ReviewerRelation, round: { id: string, employee: { name: string } } }> };

export type ManagedServicePointsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedServicePointsQuery = { managedServicePoints: Array<{ id: string, name: string, unitId: string, unitName: string }> };

export type SatisfactionPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type SatisfactionPeriodsQuery = { periods: Array<{ id: string, name: string, kind: PeriodKind, startsOn: string, endsOn: string }> };

export type CitizenCommentsQueryVariables = Exact<{
  servicePointId?: string | number | null | undefined;
  periodId?: string | number | null | undefined;
  search?: string | null | undefined;
  status?: CommentStatus | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CitizenCommentsQuery = { citizenComments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, submittedAt: string, channel: RatingChannel, kind: string, overall: number, comment: string, servicePointName: string, unitName: string, status: CommentStatus, handledAt: string | null, handledNote: string | null, hiddenAt: string | null, hiddenReason: string | null }> } };

export type MarkCommentHandledMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type MarkCommentHandledMutation = { markCommentHandled: { id: string, status: CommentStatus } };

export type HideCommentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type HideCommentMutation = { hideComment: { id: string, status: CommentStatus } };

export type UnhideCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type UnhideCommentMutation = { unhideComment: { id: string, status: CommentStatus } };

export type FollowUpPlanQueryVariables = Exact<{
  servicePointId: string | number;
  periodId: string | number;
}>;


export type FollowUpPlanQuery = { followUpPlan: { agencyId: string, servicePointId: string, servicePointName: string, period: { id: string, name: string, startsOn: string, endsOn: string }, nextPeriod: { id: string, name: string } | null, elements: Array<{ code: string, name: string, nrr: number | null }>, suggested: Array<{ code: string, name: string, nrr: number | null }>, actions: Array<{ id: string, elementCode: string, elementName: string, action: string, dueOn: string, status: FollowUpStatus, published: boolean, owner: { id: string, name: string }, change: { nrrThisPeriod: number | null, nrrNextPeriod: number | null, delta: number | null } }> } };

export type FollowUpOwnersQueryVariables = Exact<{
  search: string;
}>;


export type FollowUpOwnersQuery = { colleagues: Array<{ id: string, name: string, position: string }> };

export type CreateFollowUpActionMutationVariables = Exact<{
  input: CreateFollowUpActionInput;
}>;


export type CreateFollowUpActionMutation = { createFollowUpAction: { id: string } };

export type UpdateFollowUpActionMutationVariables = Exact<{
  input: UpdateFollowUpActionInput;
}>;


export type UpdateFollowUpActionMutation = { updateFollowUpAction: { id: string } };

export type SetFollowUpActionStatusMutationVariables = Exact<{
  input: SetFollowUpStatusInput;
}>;


export type SetFollowUpActionStatusMutation = { setFollowUpActionStatus: { id: string, status: FollowUpStatus } };

export type SatisfactionReportPageQueryVariables = Exact<{
  servicePointId: string | number;
  periodId: string | number;
}>;


export type SatisfactionReportPageQuery = { satisfactionReport: { respondents: number, weakestElement: string | null, ikm: number | null, ikmConverted: number | null, mutu: string | null, kinerja: string | null, quickCount: number, quickMean: number | null, servicePoint: { id: string, name: string, unitName: string }, period: { id: string, name: string }, elements: Array<{ code: string, label: string, nrr: number | null, weightedNrr: number | null, respondents: number }>, profile: { ageBands: Array<{ key: string, label: string, count: number, percent: number }>, sex: Array<{ key: string, label: string, count: number, percent: number }>, education: Array<{ key: string, label: string, count: number, percent: number }>, occupation: Array<{ key: string, label: string, count: number, percent: number }> }, trend: Array<{ periodId: string, periodName: string, respondents: number, ikmConverted: number | null, mutu: string | null }> } };

export type CloseTeamRoundMutationVariables = Exact<{
  i: CloseRoundInput;
}>;


export type CloseTeamRoundMutation = { closeRound: { status: RoundStatus } };

export type AddTeamReviewerMutationVariables = Exact<{
  i: AssignReviewerInput;
}>;


export type AddTeamReviewerMutation = { assignReviewer: { id: string, relation: ReviewerRelation, state: AssignmentState } };

export type DashboardPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPeriodsQuery = { periods: Array<{ id: string, name: string, startsOn: string }> };

export type TeamDashboardQueryVariables = Exact<{
  p: string | number;
  u?: string | number | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type TeamDashboardQuery = { teamDashboard: { periodId: string, rows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ roundId: string, employeeName: string, position: string, unitName: string, status: RoundStatus, reviewsExpected: number, reviewsSubmitted: number | null, perilakuScore: number | null, perilakuRating: Rating | null, hasilKerjaScore: number | null, hasilKerjaRating: Rating | null, predikat: Predikat | null }> }, predikatDistribution: Array<{ predikat: Predikat | null, count: number }>, waitingReviewers: Array<{ roundId: string, reviewerId: string, reviewerName: string, relation: ReviewerRelation, employeeName: string }>, totals: { people: number, open: number, closed: number, scored: number, reviewsExpected: number, reviewsSubmitted: number, rowsWithHiddenCounts: number }, unitChoices: Array<{ id: string, path: string }> } };

export type TeamMemberQueryVariables = Exact<{
  r: string | number;
}>;


export type TeamMemberQuery = { teamMember: { roundId: string, employeeName: string, employeeNip: string, position: string, unitName: string, status: RoundStatus, reviewsExpected: number, reviewsSubmitted: number | null, perilakuScore: number | null, perilakuRating: Rating | null, hasilKerjaScore: number | null, hasilKerjaRating: Rating | null, predikat: Predikat | null, sources: Array<{ source: ReviewSource, count: number, score: number | null, counted: boolean }>, pendingReviewers: Array<{ reviewerName: string, relation: ReviewerRelation }> } };

export type TeamPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamPeriodsQuery = { periods: Array<{ id: string, name: string, startsOn: string }> };

export type NominationsWaitingForMeQueryVariables = Exact<{ [key: string]: never; }>;


export type NominationsWaitingForMeQuery = { nominationsWaitingForMe: Array<{ id: string, reviewer: { name: string } | null, round: { id: string, employee: { name: string } } }> };

export type TeamRoundsQueryVariables = Exact<{
  p: string | number;
}>;


export type TeamRoundsQuery = { teamRounds: Array<{ id: string, status: RoundStatus, overrideReason: string | null, employee: { id: string, name: string, subordinates: Array<{ id: string, name: string, position: string, active: boolean }> }, progress: { supervisorSubmitted: boolean, peersApproved: number, peersSubmitted: number | null, nominationsPending: number } | null, reviewers: Array<{ id: string, relation: ReviewerRelation, state: AssignmentState, reviewer: { id: string, name: string } | null }> | null, result: { predikat: Predikat | null, perilakuScore: number | null, hasilKerjaRating: Rating } | null }> };

export type TeamAgreedPlansQueryVariables = Exact<{
  y: number;
}>;


export type TeamAgreedPlansQuery = { teamWorkPlans: Array<{ employee: { id: string }, workPlan: { status: WorkPlanStatus } | null }> };

export type DecideNominationMutationVariables = Exact<{
  i: DecideNominationInput;
}>;


export type DecideNominationMutation = { decideNomination: { id: string, state: AssignmentState } };

export type WorkPlanFieldsFragment = { id: string, year: number, status: WorkPlanStatus, version: number, agreedAt: string | null, employee: { id: string, name: string }, indicators: Array<{ id: string, name: string, unit: string, target: number, weight: number, direction: Direction, aggregation: Aggregation, source: IndicatorSource, method: string }>, missingReports: Array<{ indicatorId: string, month: string }>, versions: Array<{ version: number, reason: string | null, createdByName: string, createdAt: string, agreedByName: string | null, agreedAt: string | null }> };

export type RealisationFieldsFragment = { id: string, indicatorId: string, month: string, value: number, note: string | null, evidenceUrl: string | null, status: RealisationStatus, feedback: string | null, thread: Array<{ id: string, action: RealisationAction, actorName: string, value: number | null, note: string | null, evidenceUrl: string | null, at: string }> };

export type MyWorkPlanQueryVariables = Exact<{
  year: number;
}>;


export type MyWorkPlanQuery = { myWorkPlan: { id: string, year: number, status: WorkPlanStatus, version: number, agreedAt: string | null, employee: { id: string, name: string }, indicators: Array<{ id: string, name: string, unit: string, target: number, weight: number, direction: Direction, aggregation: Aggregation, source: IndicatorSource, method: string }>, missingReports: Array<{ indicatorId: string, month: string }>, versions: Array<{ version: number, reason: string | null, createdByName: string, createdAt: string, agreedByName: string | null, agreedAt: string | null }> } | null };

export type TeamWorkPlansQueryVariables = Exact<{
  year: number;
}>;


export type TeamWorkPlansQuery = { teamWorkPlans: Array<{ employee: { id: string, name: string, position: string }, workPlan: { id: string, year: number, status: WorkPlanStatus, version: number, agreedAt: string | null, employee: { id: string, name: string }, indicators: Array<{ id: string, name: string, unit: string, target: number, weight: number, direction: Direction, aggregation: Aggregation, source: IndicatorSource, method: string }>, missingReports: Array<{ indicatorId: string, month: string }>, versions: Array<{ version: number, reason: string | null, createdByName: string, createdAt: string, agreedByName: string | null, agreedAt: string | null }> } | null }> };

export type WorkPlanRealisationsQueryVariables = Exact<{
  workPlanId: string | number;
  month?: string | null | undefined;
}>;


export type WorkPlanRealisationsQuery = { realisations: Array<{ id: string, indicatorId: string, month: string, value: number, note: string | null, evidenceUrl: string | null, status: RealisationStatus, feedback: string | null, thread: Array<{ id: string, action: RealisationAction, actorName: string, value: number | null, note: string | null, evidenceUrl: string | null, at: string }> }> };

export type CreateWorkPlanMutationVariables = Exact<{
  input: CreateWorkPlanInput;
}>;


export type CreateWorkPlanMutation = { createWorkPlan: { id: string } };

export type AddIndicatorMutationVariables = Exact<{
  input: AddIndicatorInput;
}>;


export type AddIndicatorMutation = { addIndicator: { id: string } };

export type UpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { id: string } };

export type RemoveIndicatorMutationVariables = Exact<{
  indicatorId: string | number;
}>;


export type RemoveIndicatorMutation = { removeIndicator: { id: string } };

export type ReviseWorkPlanMutationVariables = Exact<{
  input: ReviseWorkPlanInput;
}>;


export type ReviseWorkPlanMutation = { reviseWorkPlan: { id: string } };

export type AgreeWorkPlanMutationVariables = Exact<{
  workPlanId: string | number;
}>;


export type AgreeWorkPlanMutation = { agreeWorkPlan: { id: string, status: WorkPlanStatus } };

export type ReportRealisationMutationVariables = Exact<{
  input: ReportRealisationInput;
}>;


export type ReportRealisationMutation = { reportRealisation: { id: string, status: RealisationStatus } };

export type VerifyRealisationMutationVariables = Exact<{
  input: VerifyRealisationInput;
}>;


export type VerifyRealisationMutation = { verifyRealisation: { id: string, status: RealisationStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminKioskFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminKioskFields on Kiosk {
  id
  name
  revokedAt
  lastSeenAt
  createdAt
}
    `, {"fragmentName":"AdminKioskFields"}) as unknown as TypedDocumentString<AdminKioskFieldsFragment, unknown>;
export const AdminRatingLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminRatingLinkFields on RatingLink {
  id
  token
  url
  employeeId
  expiresAt
  revokedAt
  createdAt
}
    `, {"fragmentName":"AdminRatingLinkFields"}) as unknown as TypedDocumentString<AdminRatingLinkFieldsFragment, unknown>;
export const WorkPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkPlanFields on WorkPlan {
  id
  year
  status
  version
  agreedAt
  employee {
    id
    name
  }
  indicators {
    id
    name
    unit
    target
    weight
    direction
    aggregation
    source
    method
  }
  missingReports {
    indicatorId
    month
  }
  versions {
    version
    reason
    createdByName
    createdAt
    agreedByName
    agreedAt
  }
}
    `, {"fragmentName":"WorkPlanFields"}) as unknown as TypedDocumentString<WorkPlanFieldsFragment, unknown>;
export const RealisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RealisationFields on Realisation {
  id
  indicatorId
  month
  value
  note
  evidenceUrl
  status
  feedback
  thread {
    id
    action
    actorName
    value
    note
    evidenceUrl
    at
  }
}
    `, {"fragmentName":"RealisationFields"}) as unknown as TypedDocumentString<RealisationFieldsFragment, unknown>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const AdminAuditActorsDocument = new TypedDocumentString(`
    query AdminAuditActors($search: String!) {
  employees(filter: {search: $search}, page: {first: 20}) {
    totalCount
    nodes {
      id
      name
      nip
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditActorsQuery, AdminAuditActorsQueryVariables>;
export const AdminAuditLogDocument = new TypedDocumentString(`
    query AdminAuditLog($entityType: String, $entityId: ID, $actorId: ID, $from: String, $to: String, $first: Int!, $before: ID) {
  auditLog(
    entityType: $entityType
    entityId: $entityId
    actorId: $actorId
    from: $from
    to: $to
    first: $first
    before: $before
  ) {
    id
    occurredAt
    action
    actorId
    actorKind
    actorName
    entityType
    entityId
    before
    after
  }
}
    `) as unknown as TypedDocumentString<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminPeriodsDocument = new TypedDocumentString(`
    query AdminPeriods {
  periods {
    id
    name
    kind
    startsOn
    endsOn
    reviewDeadline
  }
}
    `) as unknown as TypedDocumentString<AdminPeriodsQuery, AdminPeriodsQueryVariables>;
export const AdminEmployeeNameDocument = new TypedDocumentString(`
    query AdminEmployeeName($id: ID!) {
  employee(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<AdminEmployeeNameQuery, AdminEmployeeNameQueryVariables>;
export const AdminImportEmployeesDocument = new TypedDocumentString(`
    mutation AdminImportEmployees($input: ImportEmployeesInput!) {
  importEmployees(input: $input) {
    created
    dryRun
    rows
    nips
    problems {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AdminImportEmployeesMutation, AdminImportEmployeesMutationVariables>;
export const AdminEmployeesDocument = new TypedDocumentString(`
    query AdminEmployees($filter: EmployeeFilter, $page: PageInput) {
  employees(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      name
      nip
      position
      active
      unit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminEmployeesQuery, AdminEmployeesQueryVariables>;
export const AdminEmployeeDocument = new TypedDocumentString(`
    query AdminEmployee($id: ID!) {
  employee(id: $id) {
    id
    name
    nip
    position
    active
    email
    hasAccount
    roles
    unit {
      id
      name
    }
    supervisor {
      id
      name
      nip
    }
    history {
      position
      unitId
      supervisorId
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<AdminEmployeeQuery, AdminEmployeeQueryVariables>;
export const AdminCreateEmployeeDocument = new TypedDocumentString(`
    mutation AdminCreateEmployee($input: CreateEmployeeInput!) {
  createEmployee(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateEmployeeMutation, AdminCreateEmployeeMutationVariables>;
export const AdminUpdateEmployeeDocument = new TypedDocumentString(`
    mutation AdminUpdateEmployee($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateEmployeeMutation, AdminUpdateEmployeeMutationVariables>;
export const AdminSetEmployeePasswordDocument = new TypedDocumentString(`
    mutation AdminSetEmployeePassword($employeeId: ID!, $password: String!) {
  setEmployeePassword(employeeId: $employeeId, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminSetEmployeePasswordMutation, AdminSetEmployeePasswordMutationVariables>;
export const AdminCurrentInstrumentDocument = new TypedDocumentString(`
    query AdminCurrentInstrument {
  currentInstrument {
    id
    version
    publishedAt
    items {
      value
      name
      description
      anchors
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCurrentInstrumentQuery, AdminCurrentInstrumentQueryVariables>;
export const AdminPublishInstrumentDocument = new TypedDocumentString(`
    mutation AdminPublishInstrument($input: PublishInstrumentInput!) {
  publishInstrument(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AdminPublishInstrumentMutation, AdminPublishInstrumentMutationVariables>;
export const AdminPublishScoringPolicyDocument = new TypedDocumentString(`
    mutation AdminPublishScoringPolicy($input: PublishScoringPolicyInput!) {
  publishScoringPolicy(input: $input) {
    version
    code
  }
}
    `) as unknown as TypedDocumentString<AdminPublishScoringPolicyMutation, AdminPublishScoringPolicyMutationVariables>;
export const AdminScoringPoliciesDocument = new TypedDocumentString(`
    query AdminScoringPolicies {
  scoringPolicies {
    version
    code
    isDefault
    publishedAt
    reason
    publishedBy {
      name
    }
  }
  currentScoringPolicy {
    version
    code
    anonymityMin
    capaianCap
    perilaku {
      sesuai
      diAtas
    }
    hasilKerja {
      sesuai
      diAtas
    }
    sources {
      source
      weight
      minCount
    }
  }
}
    `) as unknown as TypedDocumentString<AdminScoringPoliciesQuery, AdminScoringPoliciesQueryVariables>;
export const AdminFailedJobsDocument = new TypedDocumentString(`
    query AdminFailedJobs($queue: String!) {
  failedJobs(queue: $queue, first: 100) {
    id
    queue
    name
    failedReason
    attemptsMade
    failedAt
    data
  }
}
    `) as unknown as TypedDocumentString<AdminFailedJobsQuery, AdminFailedJobsQueryVariables>;
export const AdminSystemStatusDocument = new TypedDocumentString(`
    query AdminSystemStatus {
  systemStatus {
    queueBackend
    version
  }
  queueCounts {
    queue
    counts
  }
}
    `) as unknown as TypedDocumentString<AdminSystemStatusQuery, AdminSystemStatusQueryVariables>;
export const AdminRetryFailedJobDocument = new TypedDocumentString(`
    mutation AdminRetryFailedJob($queue: String!, $jobId: ID!) {
  retryFailedJob(queue: $queue, jobId: $jobId)
}
    `) as unknown as TypedDocumentString<AdminRetryFailedJobMutation, AdminRetryFailedJobMutationVariables>;
export const AdminCreatePeriodDocument = new TypedDocumentString(`
    mutation AdminCreatePeriod($input: CreatePeriodInput!) {
  createPeriod(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreatePeriodMutation, AdminCreatePeriodMutationVariables>;
export const AdminAwardCandidatesDocument = new TypedDocumentString(`
    query AdminAwardCandidates($periodId: ID!, $unitId: ID, $limit: Int!) {
  awardCandidates(periodId: $periodId, unitId: $unitId, limit: $limit) {
    roundsConsidered
    eligible
    rule {
      minPeers
    }
    candidates {
      rank
      roundId
      employeeName
      employeeNip
      position
      unitName
      predikat
      perilakuScore
      hasilKerjaScore
      reasons {
        source
        count
        score
        weight
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAwardCandidatesQuery, AdminAwardCandidatesQueryVariables>;
export const AdminTrainingCoursesDocument = new TypedDocumentString(`
    query AdminTrainingCourses {
  trainingCourses {
    id
    title
    provider
    coreValue
    indicator
    hours
    active
  }
}
    `) as unknown as TypedDocumentString<AdminTrainingCoursesQuery, AdminTrainingCoursesQueryVariables>;
export const AdminCreateTrainingCourseDocument = new TypedDocumentString(`
    mutation AdminCreateTrainingCourse($input: CreateTrainingCourseInput!) {
  createTrainingCourse(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AdminCreateTrainingCourseMutation, AdminCreateTrainingCourseMutationVariables>;
export const AdminUpdateTrainingCourseDocument = new TypedDocumentString(`
    mutation AdminUpdateTrainingCourse($input: UpdateTrainingCourseInput!) {
  updateTrainingCourse(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateTrainingCourseMutation, AdminUpdateTrainingCourseMutationVariables>;
export const AdminTrainingSuggestionsDocument = new TypedDocumentString(`
    query AdminTrainingSuggestions($periodId: ID!, $unitId: ID) {
  trainingSuggestions(periodId: $periodId, unitId: $unitId) {
    threshold
    maxValues
    roundsConsidered
    employees {
      roundId
      employeeName
      employeeNip
      position
      unitName
      weakValues {
        value
        score
      }
      courses {
        value
        indicatorMatched
        course {
          id
          title
          provider
          hours
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTrainingSuggestionsQuery, AdminTrainingSuggestionsQueryVariables>;
export const AdminOpenRoundsForUnitDocument = new TypedDocumentString(`
    mutation AdminOpenRoundsForUnit($input: OpenRoundsForUnitInput!) {
  openRoundsForUnit(input: $input) {
    opened
    alreadyOpen
    withoutSupervisor
  }
}
    `) as unknown as TypedDocumentString<AdminOpenRoundsForUnitMutation, AdminOpenRoundsForUnitMutationVariables>;
export const AdminPeriodProgressDocument = new TypedDocumentString(`
    query AdminPeriodProgress($periodId: ID!, $unitId: ID) {
  periodProgress(periodId: $periodId, unitId: $unitId) {
    rounds
    draft
    open
    closed
    scored
    seats
    reviewsSubmitted
  }
}
    `) as unknown as TypedDocumentString<AdminPeriodProgressQuery, AdminPeriodProgressQueryVariables>;
export const AdminReopenRoundDocument = new TypedDocumentString(`
    mutation AdminReopenRound($input: ReopenRoundInput!) {
  reopenRound(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminReopenRoundMutation, AdminReopenRoundMutationVariables>;
export const AdminPeriodRoundsDocument = new TypedDocumentString(`
    query AdminPeriodRounds($periodId: ID!, $unitId: ID, $status: RoundStatus, $search: String, $page: PageInput) {
  periodRounds(
    periodId: $periodId
    unitId: $unitId
    status: $status
    search: $search
    page: $page
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      status
      openedAt
      employee {
        id
        name
        nip
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPeriodRoundsQuery, AdminPeriodRoundsQueryVariables>;
export const AdminUnitTreeDocument = new TypedDocumentString(`
    query AdminUnitTree {
  units {
    id
    name
    children {
      id
      name
      children {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitTreeQuery, AdminUnitTreeQueryVariables>;
export const AdminServicePointsDocument = new TypedDocumentString(`
    query AdminServicePoints {
  servicePoints {
    id
    name
    unit {
      name
    }
    staff {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminServicePointsQuery, AdminServicePointsQueryVariables>;
export const AdminKiosksDocument = new TypedDocumentString(`
    query AdminKiosks($servicePointId: ID) {
  kiosks(servicePointId: $servicePointId) {
    ...AdminKioskFields
  }
}
    fragment AdminKioskFields on Kiosk {
  id
  name
  revokedAt
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<AdminKiosksQuery, AdminKiosksQueryVariables>;
export const AdminRegisterKioskDocument = new TypedDocumentString(`
    mutation AdminRegisterKiosk($input: RegisterKioskInput!) {
  registerKiosk(input: $input) {
    ...AdminKioskFields
  }
}
    fragment AdminKioskFields on Kiosk {
  id
  name
  revokedAt
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<AdminRegisterKioskMutation, AdminRegisterKioskMutationVariables>;
export const AdminRenameKioskDocument = new TypedDocumentString(`
    mutation AdminRenameKiosk($id: ID!, $name: String!) {
  renameKiosk(id: $id, name: $name) {
    ...AdminKioskFields
  }
}
    fragment AdminKioskFields on Kiosk {
  id
  name
  revokedAt
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<AdminRenameKioskMutation, AdminRenameKioskMutationVariables>;
export const AdminRevokeKioskDocument = new TypedDocumentString(`
    mutation AdminRevokeKiosk($id: ID!) {
  revokeKiosk(id: $id) {
    ...AdminKioskFields
  }
}
    fragment AdminKioskFields on Kiosk {
  id
  name
  revokedAt
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<AdminRevokeKioskMutation, AdminRevokeKioskMutationVariables>;
export const AdminCreateKioskPairingCodeDocument = new TypedDocumentString(`
    mutation AdminCreateKioskPairingCode($kioskId: ID!) {
  createKioskPairingCode(kioskId: $kioskId) {
    code
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AdminCreateKioskPairingCodeMutation, AdminCreateKioskPairingCodeMutationVariables>;
export const AdminRatingLinksDocument = new TypedDocumentString(`
    query AdminRatingLinks($servicePointId: ID) {
  ratingLinks(servicePointId: $servicePointId) {
    ...AdminRatingLinkFields
  }
}
    fragment AdminRatingLinkFields on RatingLink {
  id
  token
  url
  employeeId
  expiresAt
  revokedAt
  createdAt
}`) as unknown as TypedDocumentString<AdminRatingLinksQuery, AdminRatingLinksQueryVariables>;
export const AdminCreateRatingLinkDocument = new TypedDocumentString(`
    mutation AdminCreateRatingLink($input: CreateRatingLinkInput!) {
  createRatingLink(input: $input) {
    ...AdminRatingLinkFields
  }
}
    fragment AdminRatingLinkFields on RatingLink {
  id
  token
  url
  employeeId
  expiresAt
  revokedAt
  createdAt
}`) as unknown as TypedDocumentString<AdminCreateRatingLinkMutation, AdminCreateRatingLinkMutationVariables>;
export const AdminRevokeRatingLinkDocument = new TypedDocumentString(`
    mutation AdminRevokeRatingLink($id: ID!) {
  revokeRatingLink(id: $id) {
    ...AdminRatingLinkFields
  }
}
    fragment AdminRatingLinkFields on RatingLink {
  id
  token
  url
  employeeId
  expiresAt
  revokedAt
  createdAt
}`) as unknown as TypedDocumentString<AdminRevokeRatingLinkMutation, AdminRevokeRatingLinkMutationVariables>;
export const AdminHeldRatingsDocument = new TypedDocumentString(`
    query AdminHeldRatings($servicePointId: ID) {
  heldRatings(servicePointId: $servicePointId) {
    id
    employeeId
    channel
    kind
    reason
    clientTag
    answers
    score
    comment
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<AdminHeldRatingsQuery, AdminHeldRatingsQueryVariables>;
export const AdminReleaseHeldRatingsDocument = new TypedDocumentString(`
    mutation AdminReleaseHeldRatings($ids: [ID!]!) {
  releaseHeldRatings(ids: $ids)
}
    `) as unknown as TypedDocumentString<AdminReleaseHeldRatingsMutation, AdminReleaseHeldRatingsMutationVariables>;
export const AdminRejectHeldRatingsDocument = new TypedDocumentString(`
    mutation AdminRejectHeldRatings($ids: [ID!]!) {
  rejectHeldRatings(ids: $ids)
}
    `) as unknown as TypedDocumentString<AdminRejectHeldRatingsMutation, AdminRejectHeldRatingsMutationVariables>;
export const AdminSetupServicePointsDocument = new TypedDocumentString(`
    query AdminSetupServicePoints($includeArchived: Boolean!) {
  servicePoints(includeArchived: $includeArchived) {
    id
    name
    archivedAt
    unit {
      name
    }
    staff {
      id
      name
      nip
      position
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSetupServicePointsQuery, AdminSetupServicePointsQueryVariables>;
export const AdminCreateServicePointDocument = new TypedDocumentString(`
    mutation AdminCreateServicePoint($input: CreateServicePointInput!) {
  createServicePoint(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateServicePointMutation, AdminCreateServicePointMutationVariables>;
export const AdminArchiveServicePointDocument = new TypedDocumentString(`
    mutation AdminArchiveServicePoint($id: ID!) {
  archiveServicePoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminArchiveServicePointMutation, AdminArchiveServicePointMutationVariables>;
export const AdminAssignServicePointStaffDocument = new TypedDocumentString(`
    mutation AdminAssignServicePointStaff($input: ServicePointStaffInput!) {
  assignServicePointStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAssignServicePointStaffMutation, AdminAssignServicePointStaffMutationVariables>;
export const AdminRemoveServicePointStaffDocument = new TypedDocumentString(`
    mutation AdminRemoveServicePointStaff($input: ServicePointStaffInput!) {
  removeServicePointStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRemoveServicePointStaffMutation, AdminRemoveServicePointStaffMutationVariables>;
export const AdminPickEmployeesDocument = new TypedDocumentString(`
    query AdminPickEmployees($search: String!) {
  employees(filter: {search: $search, active: true}, page: {first: 10}) {
    nodes {
      id
      name
      nip
      position
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPickEmployeesQuery, AdminPickEmployeesQueryVariables>;
export const AdminUnitRootDocument = new TypedDocumentString(`
    query AdminUnitRoot {
  units {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminUnitRootQuery, AdminUnitRootQueryVariables>;
export const AdminUnitIndexDocument = new TypedDocumentString(`
    query AdminUnitIndex($rootId: ID!) {
  units(parentId: $rootId) {
    id
    name
    children {
      id
      name
      children {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitIndexQuery, AdminUnitIndexQueryVariables>;
export const AdminUnitsDocument = new TypedDocumentString(`
    query AdminUnits($parentId: ID, $includeArchived: Boolean!) {
  units(parentId: $parentId, includeArchived: $includeArchived) {
    id
    name
    kind
    archivedAt
    parentId
    children {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitsQuery, AdminUnitsQueryVariables>;
export const AdminUnitDocument = new TypedDocumentString(`
    query AdminUnit($id: ID!) {
  unit(id: $id) {
    id
    name
    kind
    archivedAt
    parentId
    parent {
      id
      name
    }
    history {
      name
      parentId
      archived
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitQuery, AdminUnitQueryVariables>;
export const AdminCreateUnitDocument = new TypedDocumentString(`
    mutation AdminCreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUnitMutation, AdminCreateUnitMutationVariables>;
export const AdminUpdateUnitDocument = new TypedDocumentString(`
    mutation AdminUpdateUnit($input: UpdateUnitInput!) {
  updateUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateUnitMutation, AdminUpdateUnitMutationVariables>;
export const AdminMoveUnitDocument = new TypedDocumentString(`
    mutation AdminMoveUnit($input: MoveUnitInput!) {
  moveUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminMoveUnitMutation, AdminMoveUnitMutationVariables>;
export const AdminArchiveUnitDocument = new TypedDocumentString(`
    mutation AdminArchiveUnit($id: ID!) {
  archiveUnit(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminArchiveUnitMutation, AdminArchiveUnitMutationVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($n: String!, $p: String!) {
  login(nip: $n, password: $p) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const StaffNotificationsDocument = new TypedDocumentString(`
    query StaffNotifications($first: Int!, $after: String) {
  myNotifications(first: $first, after: $after) {
    nodes {
      id
      kind
      message
      createdAt
      readAt
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<StaffNotificationsQuery, StaffNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const StaffLogoutDocument = new TypedDocumentString(`
    mutation StaffLogout {
  logout
}
    `) as unknown as TypedDocumentString<StaffLogoutMutation, StaffLogoutMutationVariables>;
export const StaffMeDocument = new TypedDocumentString(`
    query StaffMe {
  me {
    id
    name
    position
    roles
    supervisor {
      id
    }
  }
  deskServicePoints {
    id
    name
    unitName
  }
}
    `) as unknown as TypedDocumentString<StaffMeQuery, StaffMeQueryVariables>;
export const OpenServiceTicketsDocument = new TypedDocumentString(`
    query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {
  openServiceTickets(servicePointId: $sp, first: $first, after: $after) {
    nodes {
      id
      number
      issuedAt
      usedAt
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OpenServiceTicketsQuery, OpenServiceTicketsQueryVariables>;
export const IssueServiceTicketDocument = new TypedDocumentString(`
    mutation IssueServiceTicket($i: IssueServiceTicketInput!) {
  issueServiceTicket(input: $i) {
    id
    number
    url
    qrSvgUrl
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<IssueServiceTicketMutation, IssueServiceTicketMutationVariables>;
export const CompleteServiceTicketDocument = new TypedDocumentString(`
    mutation CompleteServiceTicket($id: ID!) {
  completeServiceTicket(ticketId: $id) {
    number
    completedAt
  }
}
    `) as unknown as TypedDocumentString<CompleteServiceTicketMutation, CompleteServiceTicketMutationVariables>;
export const MyRoundsDocument = new TypedDocumentString(`
    query MyRounds {
  myRounds {
    id
    status
    period {
      name
    }
    progress {
      peersApproved
      nominationsPending
    }
    peerNominations {
      id
      reviewerId
      reviewerName
      reviewerPosition
      state
      nominatedByMe
      createdAt
    }
    result {
      predikat
      perilakuScore
      perilakuRating
      hasilKerjaRating
    }
    feedback {
      relation
      submitted
      commentsVisible
      comments {
        strengths
        improvements
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyRoundsQuery, MyRoundsQueryVariables>;
export const MyResultsDocument = new TypedDocumentString(`
    query MyResults($page: PageInput) {
  myResults(page: $page) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      period {
        id
        name
        startsOn
        endsOn
      }
      result {
        predikat
        perilakuScore
        perilakuRating
        hasilKerjaScore
        hasilKerjaRating
        sources {
          source
          count
          score
          weight
          counted
          ci95 {
            low
            high
          }
          minimum
          status
        }
      }
      valueGaps {
        value
        self
        others
        gap
      }
      feedback {
        relation
        submitted
        commentsVisible
        comments {
          strengths
          improvements
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyResultsQuery, MyResultsQueryVariables>;
export const ColleaguesDocument = new TypedDocumentString(`
    query Colleagues($s: String!, $n: Int) {
  colleagues(search: $s, first: $n) {
    id
    name
    position
    unitName
  }
}
    `) as unknown as TypedDocumentString<ColleaguesQuery, ColleaguesQueryVariables>;
export const NominatePeerDocument = new TypedDocumentString(`
    mutation NominatePeer($i: AssignReviewerInput!) {
  assignReviewer(input: $i) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<NominatePeerMutation, NominatePeerMutationVariables>;
export const MyReportsDocument = new TypedDocumentString(`
    query MyReports($page: PageInput) {
  myReports(page: $page) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      status
      progress
      subject
      errorCode
      errorMessage
      fileName
      sizeBytes
      downloadUrl
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyReportsQuery, MyReportsQueryVariables>;
export const SkmReportChoicesDocument = new TypedDocumentString(`
    query SkmReportChoices {
  skmServicePoints {
    id
    name
  }
  periods {
    id
    name
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<SkmReportChoicesQuery, SkmReportChoicesQueryVariables>;
export const RequestReportDocument = new TypedDocumentString(`
    mutation RequestReport($input: RequestReportInput!) {
  requestReport(input: $input) {
    id
    status
    subject
  }
}
    `) as unknown as TypedDocumentString<RequestReportMutation, RequestReportMutationVariables>;
export const ReviewFormRoundDocument = new TypedDocumentString(`
    query ReviewFormRound($id: ID!) {
  round(id: $id) {
    employee {
      name
    }
    positionAtOpen
    instrument {
      items {
        value
        name
        description
        anchors
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewFormRoundQuery, ReviewFormRoundQueryVariables>;
export const SubmitReviewDocument = new TypedDocumentString(`
    mutation SubmitReview($i: SubmitReviewInput!) {
  submitReview(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const ReviewsWaitingForMeDocument = new TypedDocumentString(`
    query ReviewsWaitingForMe {
  reviewsWaitingForMe {
    id
    relation
    round {
      id
      employee {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsWaitingForMeQuery, ReviewsWaitingForMeQueryVariables>;
export const ManagedServicePointsDocument = new TypedDocumentString(`
    query ManagedServicePoints {
  managedServicePoints {
    id
    name
    unitId
    unitName
  }
}
    `) as unknown as TypedDocumentString<ManagedServicePointsQuery, ManagedServicePointsQueryVariables>;
export const SatisfactionPeriodsDocument = new TypedDocumentString(`
    query SatisfactionPeriods {
  periods {
    id
    name
    kind
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<SatisfactionPeriodsQuery, SatisfactionPeriodsQueryVariables>;
export const CitizenCommentsDocument = new TypedDocumentString(`
    query CitizenComments($servicePointId: ID, $periodId: ID, $search: String, $status: CommentStatus, $page: PageInput) {
  citizenComments(
    servicePointId: $servicePointId
    periodId: $periodId
    search: $search
    status: $status
    page: $page
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      submittedAt
      channel
      kind
      overall
      comment
      servicePointName
      unitName
      status
      handledAt
      handledNote
      hiddenAt
      hiddenReason
    }
  }
}
    `) as unknown as TypedDocumentString<CitizenCommentsQuery, CitizenCommentsQueryVariables>;
export const MarkCommentHandledDocument = new TypedDocumentString(`
    mutation MarkCommentHandled($id: ID!, $note: String) {
  markCommentHandled(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MarkCommentHandledMutation, MarkCommentHandledMutationVariables>;
export const HideCommentDocument = new TypedDocumentString(`
    mutation HideComment($id: ID!, $reason: String!) {
  hideComment(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HideCommentMutation, HideCommentMutationVariables>;
export const UnhideCommentDocument = new TypedDocumentString(`
    mutation UnhideComment($id: ID!) {
  unhideComment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UnhideCommentMutation, UnhideCommentMutationVariables>;
export const FollowUpPlanDocument = new TypedDocumentString(`
    query FollowUpPlan($servicePointId: ID!, $periodId: ID!) {
  followUpPlan(servicePointId: $servicePointId, periodId: $periodId) {
    agencyId
    servicePointId
    servicePointName
    period {
      id
      name
      startsOn
      endsOn
    }
    nextPeriod {
      id
      name
    }
    elements {
      code
      name
      nrr
    }
    suggested {
      code
      name
      nrr
    }
    actions {
      id
      elementCode
      elementName
      action
      owner {
        id
        name
      }
      dueOn
      status
      published
      change {
        nrrThisPeriod
        nrrNextPeriod
        delta
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpPlanQuery, FollowUpPlanQueryVariables>;
export const FollowUpOwnersDocument = new TypedDocumentString(`
    query FollowUpOwners($search: String!) {
  colleagues(search: $search) {
    id
    name
    position
  }
}
    `) as unknown as TypedDocumentString<FollowUpOwnersQuery, FollowUpOwnersQueryVariables>;
export const CreateFollowUpActionDocument = new TypedDocumentString(`
    mutation CreateFollowUpAction($input: CreateFollowUpActionInput!) {
  createFollowUpAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFollowUpActionMutation, CreateFollowUpActionMutationVariables>;
export const UpdateFollowUpActionDocument = new TypedDocumentString(`
    mutation UpdateFollowUpAction($input: UpdateFollowUpActionInput!) {
  updateFollowUpAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateFollowUpActionMutation, UpdateFollowUpActionMutationVariables>;
export const SetFollowUpActionStatusDocument = new TypedDocumentString(`
    mutation SetFollowUpActionStatus($input: SetFollowUpStatusInput!) {
  setFollowUpActionStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetFollowUpActionStatusMutation, SetFollowUpActionStatusMutationVariables>;
export const SatisfactionReportPageDocument = new TypedDocumentString(`
    query SatisfactionReportPage($servicePointId: ID!, $periodId: ID!) {
  satisfactionReport(servicePointId: $servicePointId, periodId: $periodId) {
    servicePoint {
      id
      name
      unitName
    }
    period {
      id
      name
    }
    respondents
    elements {
      code
      label
      nrr
      weightedNrr
      respondents
    }
    weakestElement
    ikm
    ikmConverted
    mutu
    kinerja
    quickCount
    quickMean
    profile {
      ageBands {
        key
        label
        count
        percent
      }
      sex {
        key
        label
        count
        percent
      }
      education {
        key
        label
        count
        percent
      }
      occupation {
        key
        label
        count
        percent
      }
    }
    trend {
      periodId
      periodName
      respondents
      ikmConverted
      mutu
    }
  }
}
    `) as unknown as TypedDocumentString<SatisfactionReportPageQuery, SatisfactionReportPageQueryVariables>;
export const CloseTeamRoundDocument = new TypedDocumentString(`
    mutation CloseTeamRound($i: CloseRoundInput!) {
  closeRound(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<CloseTeamRoundMutation, CloseTeamRoundMutationVariables>;
export const AddTeamReviewerDocument = new TypedDocumentString(`
    mutation AddTeamReviewer($i: AssignReviewerInput!) {
  assignReviewer(input: $i) {
    id
    relation
    state
  }
}
    `) as unknown as TypedDocumentString<AddTeamReviewerMutation, AddTeamReviewerMutationVariables>;
export const DashboardPeriodsDocument = new TypedDocumentString(`
    query DashboardPeriods {
  periods {
    id
    name
    startsOn
  }
}
    `) as unknown as TypedDocumentString<DashboardPeriodsQuery, DashboardPeriodsQueryVariables>;
export const TeamDashboardDocument = new TypedDocumentString(`
    query TeamDashboard($p: ID!, $u: ID, $page: PageInput) {
  teamDashboard(periodId: $p, unitId: $u, page: $page) {
    periodId
    rows {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        roundId
        employeeName
        position
        unitName
        status
        reviewsExpected
        reviewsSubmitted
        perilakuScore
        perilakuRating
        hasilKerjaScore
        hasilKerjaRating
        predikat
      }
    }
    predikatDistribution {
      predikat
      count
    }
    waitingReviewers {
      roundId
      reviewerId
      reviewerName
      relation
      employeeName
    }
    totals {
      people
      open
      closed
      scored
      reviewsExpected
      reviewsSubmitted
      rowsWithHiddenCounts
    }
    unitChoices {
      id
      path
    }
  }
}
    `) as unknown as TypedDocumentString<TeamDashboardQuery, TeamDashboardQueryVariables>;
export const TeamMemberDocument = new TypedDocumentString(`
    query TeamMember($r: ID!) {
  teamMember(roundId: $r) {
    roundId
    employeeName
    employeeNip
    position
    unitName
    status
    reviewsExpected
    reviewsSubmitted
    perilakuScore
    perilakuRating
    hasilKerjaScore
    hasilKerjaRating
    predikat
    sources {
      source
      count
      score
      counted
    }
    pendingReviewers {
      reviewerName
      relation
    }
  }
}
    `) as unknown as TypedDocumentString<TeamMemberQuery, TeamMemberQueryVariables>;
export const TeamPeriodsDocument = new TypedDocumentString(`
    query TeamPeriods {
  periods {
    id
    name
    startsOn
  }
}
    `) as unknown as TypedDocumentString<TeamPeriodsQuery, TeamPeriodsQueryVariables>;
export const NominationsWaitingForMeDocument = new TypedDocumentString(`
    query NominationsWaitingForMe {
  nominationsWaitingForMe {
    id
    reviewer {
      name
    }
    round {
      id
      employee {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsWaitingForMeQuery, NominationsWaitingForMeQueryVariables>;
export const TeamRoundsDocument = new TypedDocumentString(`
    query TeamRounds($p: ID!) {
  teamRounds(periodId: $p) {
    id
    status
    overrideReason
    employee {
      id
      name
      subordinates {
        id
        name
        position
        active
      }
    }
    progress {
      supervisorSubmitted
      peersApproved
      peersSubmitted
      nominationsPending
    }
    reviewers {
      id
      relation
      state
      reviewer {
        id
        name
      }
    }
    result {
      predikat
      perilakuScore
      hasilKerjaRating
    }
  }
}
    `) as unknown as TypedDocumentString<TeamRoundsQuery, TeamRoundsQueryVariables>;
export const TeamAgreedPlansDocument = new TypedDocumentString(`
    query TeamAgreedPlans($y: Int!) {
  teamWorkPlans(year: $y) {
    employee {
      id
    }
    workPlan {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TeamAgreedPlansQuery, TeamAgreedPlansQueryVariables>;
export const DecideNominationDocument = new TypedDocumentString(`
    mutation DecideNomination($i: DecideNominationInput!) {
  decideNomination(input: $i) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<DecideNominationMutation, DecideNominationMutationVariables>;
export const MyWorkPlanDocument = new TypedDocumentString(`
    query MyWorkPlan($year: Int!) {
  myWorkPlan(year: $year) {
    ...WorkPlanFields
  }
}
    fragment WorkPlanFields on WorkPlan {
  id
  year
  status
  version
  agreedAt
  employee {
    id
    name
  }
  indicators {
    id
    name
    unit
    target
    weight
    direction
    aggregation
    source
    method
  }
  missingReports {
    indicatorId
    month
  }
  versions {
    version
    reason
    createdByName
    createdAt
    agreedByName
    agreedAt
  }
}`) as unknown as TypedDocumentString<MyWorkPlanQuery, MyWorkPlanQueryVariables>;
export const TeamWorkPlansDocument = new TypedDocumentString(`
    query TeamWorkPlans($year: Int!) {
  teamWorkPlans(year: $year) {
    employee {
      id
      name
      position
    }
    workPlan {
      ...WorkPlanFields
    }
  }
}
    fragment WorkPlanFields on WorkPlan {
  id
  year
  status
  version
  agreedAt
  employee {
    id
    name
  }
  indicators {
    id
    name
    unit
    target
    weight
    direction
    aggregation
    source
    method
  }
  missingReports {
    indicatorId
    month
  }
  versions {
    version
    reason
    createdByName
    createdAt
    agreedByName
    agreedAt
  }
}`) as unknown as TypedDocumentString<TeamWorkPlansQuery, TeamWorkPlansQueryVariables>;
export const WorkPlanRealisationsDocument = new TypedDocumentString(`
    query WorkPlanRealisations($workPlanId: ID!, $month: String) {
  realisations(workPlanId: $workPlanId, month: $month) {
    ...RealisationFields
  }
}
    fragment RealisationFields on Realisation {
  id
  indicatorId
  month
  value
  note
  evidenceUrl
  status
  feedback
  thread {
    id
    action
    actorName
    value
    note
    evidenceUrl
    at
  }
}`) as unknown as TypedDocumentString<WorkPlanRealisationsQuery, WorkPlanRealisationsQueryVariables>;
export const CreateWorkPlanDocument = new TypedDocumentString(`
    mutation CreateWorkPlan($input: CreateWorkPlanInput!) {
  createWorkPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateWorkPlanMutation, CreateWorkPlanMutationVariables>;
export const AddIndicatorDocument = new TypedDocumentString(`
    mutation AddIndicator($input: AddIndicatorInput!) {
  addIndicator(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddIndicatorMutation, AddIndicatorMutationVariables>;
export const UpdateIndicatorDocument = new TypedDocumentString(`
    mutation UpdateIndicator($input: UpdateIndicatorInput!) {
  updateIndicator(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const RemoveIndicatorDocument = new TypedDocumentString(`
    mutation RemoveIndicator($indicatorId: ID!) {
  removeIndicator(indicatorId: $indicatorId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveIndicatorMutation, RemoveIndicatorMutationVariables>;
export const ReviseWorkPlanDocument = new TypedDocumentString(`
    mutation ReviseWorkPlan($input: ReviseWorkPlanInput!) {
  reviseWorkPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviseWorkPlanMutation, ReviseWorkPlanMutationVariables>;
export const AgreeWorkPlanDocument = new TypedDocumentString(`
    mutation AgreeWorkPlan($workPlanId: ID!) {
  agreeWorkPlan(workPlanId: $workPlanId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AgreeWorkPlanMutation, AgreeWorkPlanMutationVariables>;
export const ReportRealisationDocument = new TypedDocumentString(`
    mutation ReportRealisation($input: ReportRealisationInput!) {
  reportRealisation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReportRealisationMutation, ReportRealisationMutationVariables>;
export const VerifyRealisationDocument = new TypedDocumentString(`
    mutation VerifyRealisation($input: VerifyRealisationInput!) {
  verifyRealisation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<VerifyRealisationMutation, VerifyRealisationMutationVariables>;