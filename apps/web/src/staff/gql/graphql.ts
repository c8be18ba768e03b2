/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** The seven BerAKHLAK core values. */
export type CoreValue =
  | 'ADAPTIF'
  | 'AKUNTABEL'
  | 'BERORIENTASI_PELAYANAN'
  | 'HARMONIS'
  | 'KOLABORATIF'
  | 'KOMPETEN'
  | 'LOYAL';

export type DecideNominationInput = {
  approve: boolean;
  assignmentId: string | number;
};

export type IssueServiceTicketInput = {
  employeeId?: string | number | null | undefined;
  servicePointId: string | number;
};

/** What waits for the recipient: a review to write, a nomination to decide, a round to close, a review deadline soon. */
export type NotificationKind =
  | 'DEADLINE_SOON'
  | 'NOMINATION_TO_DECIDE'
  | 'REVIEW_WAITING'
  | 'ROUND_READY_TO_CLOSE';

/** Predikat kinerja (PermenPANRB 6/2022). */
export type Predikat =
  | 'BAIK'
  | 'BUTUH_PERBAIKAN'
  | 'KURANG'
  | 'SANGAT_BAIK'
  | 'SANGAT_KURANG';

export type Rating =
  | 'DI_ATAS_EKSPEKTASI'
  | 'DI_BAWAH_EKSPEKTASI'
  | 'SESUAI_EKSPEKTASI';

export type ReviewerRelation =
  | 'PEER'
  | 'SELF'
  | 'SUBORDINATE'
  | 'SUPERVISOR';

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

export type SubmitReviewInput = {
  /** Saran perbaikan: what to improve. Required for the supervisor. */
  improvements?: string | null | undefined;
  roundId: string | number;
  /** All seven BerAKHLAK values, each once, 1 to 5. */
  scores: Array<ValueScoreInput>;
  /** Apresiasi: what went well. Required for the supervisor. */
  strengths?: string | null | undefined;
};

export type ValueScoreInput = {
  /** 1 to 5 */
  score: number;
  value: CoreValue;
};

export type WorkPlanStatus =
  | 'AGREED'
  | 'DRAFT';

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeOwnPasswordMutation = { changePassword: boolean };

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

export type ColleaguesQueryVariables = Exact<{
  s: string;
  n?: number | null | undefined;
}>;


export type ColleaguesQuery = { colleagues: Array<{ id: string, name: string, position: string, unitName: string }> };

export type NominatePeerMutationVariables = Exact<{
  i: AssignReviewerInput;
}>;


export type NominatePeerMutation = { assignReviewer: { id: string, state: AssignmentState } };

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

export type CloseTeamRoundMutationVariables = Exact<{
  i: CloseRoundInput;
}>;


export type CloseTeamRoundMutation = { closeRound: { status: RoundStatus } };

export type AddTeamReviewerMutationVariables = Exact<{
  i: AssignReviewerInput;
}>;


export type AddTeamReviewerMutation = { assignReviewer: { id: string, relation: ReviewerRelation, state: AssignmentState } };

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