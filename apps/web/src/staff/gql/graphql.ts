/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The seven BerAKHLAK core values. */
export type CoreValue =
  | 'ADAPTIF'
  | 'AKUNTABEL'
  | 'BERORIENTASI_PELAYANAN'
  | 'HARMONIS'
  | 'KOLABORATIF'
  | 'KOMPETEN'
  | 'LOYAL';

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

export type InstrumentItemInput = {
  /** Behaviour anchors for scores 1 to 5, in order. */
  anchors: Array<string>;
  description: string;
  name: string;
  value: CoreValue;
};

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

export type RatingThresholdsInput = {
  diAtas: number;
  sesuai: number;
};

export type ReopenRoundInput = {
  reason: string;
  roundId: string | number;
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


export type AdminAuditLogQuery = { auditLog: Array<{ id: string, occurredAt: unknown, action: string, actorId: string | null, actorKind: string, actorName: string | null, entityType: string, entityId: string | null, before: unknown, after: unknown }> };

export type AdminPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPeriodsQuery = { periods: Array<{ id: string, name: string, kind: PeriodKind, startsOn: string, endsOn: string, reviewDeadline: string | null }> };

export type AdminCurrentInstrumentQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCurrentInstrumentQuery = { currentInstrument: { id: string, version: number, publishedAt: unknown, items: Array<{ value: CoreValue, name: string, description: string, anchors: Array<string> }> } };

export type AdminPublishInstrumentMutationVariables = Exact<{
  input: PublishInstrumentInput;
}>;


export type AdminPublishInstrumentMutation = { publishInstrument: { id: string, version: number } };

export type AdminPublishScoringPolicyMutationVariables = Exact<{
  input: PublishScoringPolicyInput;
}>;


export type AdminPublishScoringPolicyMutation = { publishScoringPolicy: { version: number, code: string } };

export type AdminScoringPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminScoringPoliciesQuery = { scoringPolicies: Array<{ version: number, code: string, isDefault: boolean, publishedAt: unknown, reason: string | null, publishedBy: { name: string } | null }>, currentScoringPolicy: { version: number, code: string, anonymityMin: number, capaianCap: number, perilaku: { sesuai: number, diAtas: number }, hasilKerja: { sesuai: number, diAtas: number }, sources: Array<{ source: PolicySource, weight: number, minCount: number }> } };

export type AdminFailedJobsQueryVariables = Exact<{
  queue: string;
}>;


export type AdminFailedJobsQuery = { failedJobs: Array<{ id: string, queue: string, name: string, failedReason: string, attemptsMade: number, failedAt: unknown, data: unknown }> };

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


export type AdminPeriodRoundsQuery = { periodRounds: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: RoundStatus, openedAt: unknown, employee: { id: string, name: string, nip: string } }> } };

export type AdminUnitTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUnitTreeQuery = { units: Array<{ id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> }> };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLogoutMutation = { logout: boolean };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { me: { id: string, name: string, position: string, roles: Array<Role>, supervisor: { id: string } | null }, deskServicePoints: Array<{ id: string, name: string, unitName: string }> };

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