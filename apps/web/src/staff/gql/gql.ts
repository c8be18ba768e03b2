/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  mutation StaffLogin($n: String!, $p: String!) {\n    login(nip: $n, password: $p) {\n      accessToken\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query StaffNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        message\n        createdAt\n        readAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.StaffNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": typeof types.StaffLogoutDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n": typeof types.StaffMeDocument,
    "\n  query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {\n    openServiceTickets(servicePointId: $sp, first: $first, after: $after) {\n      nodes {\n        id\n        number\n        issuedAt\n        usedAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OpenServiceTicketsDocument,
    "\n  mutation IssueServiceTicket($i: IssueServiceTicketInput!) {\n    issueServiceTicket(input: $i) {\n      id\n      number\n      url\n      qrSvgUrl\n      issuedAt\n    }\n  }\n": typeof types.IssueServiceTicketDocument,
    "\n  mutation CompleteServiceTicket($id: ID!) {\n    completeServiceTicket(ticketId: $id) {\n      number\n      completedAt\n    }\n  }\n": typeof types.CompleteServiceTicketDocument,
    "\n  query MyRounds {\n    myRounds {\n      id\n      status\n      period {\n        name\n      }\n      progress {\n        peersApproved\n        nominationsPending\n      }\n      peerNominations {\n        id\n        reviewerId\n        reviewerName\n        reviewerPosition\n        state\n        nominatedByMe\n        createdAt\n      }\n      result {\n        predikat\n        perilakuScore\n        perilakuRating\n        hasilKerjaRating\n      }\n      feedback {\n        relation\n        submitted\n        commentsVisible\n        comments {\n          strengths\n          improvements\n        }\n      }\n    }\n  }\n": typeof types.MyRoundsDocument,
    "\n  query Colleagues($s: String!, $n: Int) {\n    colleagues(search: $s, first: $n) {\n      id\n      name\n      position\n      unitName\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation NominatePeer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      state\n    }\n  }\n": typeof types.NominatePeerDocument,
    "\n  query ReviewFormRound($id: ID!) {\n    round(id: $id) {\n      employee {\n        name\n      }\n      positionAtOpen\n      instrument {\n        items {\n          value\n          name\n          description\n          anchors\n        }\n      }\n    }\n  }\n": typeof types.ReviewFormRoundDocument,
    "\n  mutation SubmitReview($i: SubmitReviewInput!) {\n    submitReview(input: $i) {\n      id\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  query ReviewsWaitingForMe {\n    reviewsWaitingForMe {\n      id\n      relation\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReviewsWaitingForMeDocument,
    "\n  mutation CloseTeamRound($i: CloseRoundInput!) {\n    closeRound(input: $i) {\n      status\n    }\n  }\n": typeof types.CloseTeamRoundDocument,
    "\n  mutation AddTeamReviewer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      relation\n      state\n    }\n  }\n": typeof types.AddTeamReviewerDocument,
    "\n  query TeamPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n": typeof types.TeamPeriodsDocument,
    "\n  query NominationsWaitingForMe {\n    nominationsWaitingForMe {\n      id\n      reviewer {\n        name\n      }\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": typeof types.NominationsWaitingForMeDocument,
    "\n  query TeamRounds($p: ID!) {\n    teamRounds(periodId: $p) {\n      id\n      status\n      overrideReason\n      employee {\n        id\n        name\n        subordinates {\n          id\n          name\n          position\n          active\n        }\n      }\n      progress {\n        supervisorSubmitted\n        peersApproved\n        peersSubmitted\n        nominationsPending\n      }\n      reviewers {\n        id\n        relation\n        state\n        reviewer {\n          id\n          name\n        }\n      }\n      result {\n        predikat\n        perilakuScore\n        hasilKerjaRating\n      }\n    }\n  }\n": typeof types.TeamRoundsDocument,
    "\n  query TeamAgreedPlans($y: Int!) {\n    teamWorkPlans(year: $y) {\n      employee {\n        id\n      }\n      workPlan {\n        status\n      }\n    }\n  }\n": typeof types.TeamAgreedPlansDocument,
    "\n  mutation DecideNomination($i: DecideNominationInput!) {\n    decideNomination(input: $i) {\n      id\n      state\n    }\n  }\n": typeof types.DecideNominationDocument,
};
const documents: Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  mutation StaffLogin($n: String!, $p: String!) {\n    login(nip: $n, password: $p) {\n      accessToken\n    }\n  }\n": types.StaffLoginDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query StaffNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        message\n        createdAt\n        readAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.StaffNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": types.StaffLogoutDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n": types.StaffMeDocument,
    "\n  query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {\n    openServiceTickets(servicePointId: $sp, first: $first, after: $after) {\n      nodes {\n        id\n        number\n        issuedAt\n        usedAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OpenServiceTicketsDocument,
    "\n  mutation IssueServiceTicket($i: IssueServiceTicketInput!) {\n    issueServiceTicket(input: $i) {\n      id\n      number\n      url\n      qrSvgUrl\n      issuedAt\n    }\n  }\n": types.IssueServiceTicketDocument,
    "\n  mutation CompleteServiceTicket($id: ID!) {\n    completeServiceTicket(ticketId: $id) {\n      number\n      completedAt\n    }\n  }\n": types.CompleteServiceTicketDocument,
    "\n  query MyRounds {\n    myRounds {\n      id\n      status\n      period {\n        name\n      }\n      progress {\n        peersApproved\n        nominationsPending\n      }\n      peerNominations {\n        id\n        reviewerId\n        reviewerName\n        reviewerPosition\n        state\n        nominatedByMe\n        createdAt\n      }\n      result {\n        predikat\n        perilakuScore\n        perilakuRating\n        hasilKerjaRating\n      }\n      feedback {\n        relation\n        submitted\n        commentsVisible\n        comments {\n          strengths\n          improvements\n        }\n      }\n    }\n  }\n": types.MyRoundsDocument,
    "\n  query Colleagues($s: String!, $n: Int) {\n    colleagues(search: $s, first: $n) {\n      id\n      name\n      position\n      unitName\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation NominatePeer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      state\n    }\n  }\n": types.NominatePeerDocument,
    "\n  query ReviewFormRound($id: ID!) {\n    round(id: $id) {\n      employee {\n        name\n      }\n      positionAtOpen\n      instrument {\n        items {\n          value\n          name\n          description\n          anchors\n        }\n      }\n    }\n  }\n": types.ReviewFormRoundDocument,
    "\n  mutation SubmitReview($i: SubmitReviewInput!) {\n    submitReview(input: $i) {\n      id\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  query ReviewsWaitingForMe {\n    reviewsWaitingForMe {\n      id\n      relation\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": types.ReviewsWaitingForMeDocument,
    "\n  mutation CloseTeamRound($i: CloseRoundInput!) {\n    closeRound(input: $i) {\n      status\n    }\n  }\n": types.CloseTeamRoundDocument,
    "\n  mutation AddTeamReviewer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      relation\n      state\n    }\n  }\n": types.AddTeamReviewerDocument,
    "\n  query TeamPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n": types.TeamPeriodsDocument,
    "\n  query NominationsWaitingForMe {\n    nominationsWaitingForMe {\n      id\n      reviewer {\n        name\n      }\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": types.NominationsWaitingForMeDocument,
    "\n  query TeamRounds($p: ID!) {\n    teamRounds(periodId: $p) {\n      id\n      status\n      overrideReason\n      employee {\n        id\n        name\n        subordinates {\n          id\n          name\n          position\n          active\n        }\n      }\n      progress {\n        supervisorSubmitted\n        peersApproved\n        peersSubmitted\n        nominationsPending\n      }\n      reviewers {\n        id\n        relation\n        state\n        reviewer {\n          id\n          name\n        }\n      }\n      result {\n        predikat\n        perilakuScore\n        hasilKerjaRating\n      }\n    }\n  }\n": types.TeamRoundsDocument,
    "\n  query TeamAgreedPlans($y: Int!) {\n    teamWorkPlans(year: $y) {\n      employee {\n        id\n      }\n      workPlan {\n        status\n      }\n    }\n  }\n": types.TeamAgreedPlansDocument,
    "\n  mutation DecideNomination($i: DecideNominationInput!) {\n    decideNomination(input: $i) {\n      id\n      state\n    }\n  }\n": types.DecideNominationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($n: String!, $p: String!) {\n    login(nip: $n, password: $p) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        message\n        createdAt\n        readAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').StaffNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogout {\n    logout\n  }\n"): typeof import('./graphql').StaffLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n"): typeof import('./graphql').StaffMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {\n    openServiceTickets(servicePointId: $sp, first: $first, after: $after) {\n      nodes {\n        id\n        number\n        issuedAt\n        usedAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OpenServiceTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueServiceTicket($i: IssueServiceTicketInput!) {\n    issueServiceTicket(input: $i) {\n      id\n      number\n      url\n      qrSvgUrl\n      issuedAt\n    }\n  }\n"): typeof import('./graphql').IssueServiceTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteServiceTicket($id: ID!) {\n    completeServiceTicket(ticketId: $id) {\n      number\n      completedAt\n    }\n  }\n"): typeof import('./graphql').CompleteServiceTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRounds {\n    myRounds {\n      id\n      status\n      period {\n        name\n      }\n      progress {\n        peersApproved\n        nominationsPending\n      }\n      peerNominations {\n        id\n        reviewerId\n        reviewerName\n        reviewerPosition\n        state\n        nominatedByMe\n        createdAt\n      }\n      result {\n        predikat\n        perilakuScore\n        perilakuRating\n        hasilKerjaRating\n      }\n      feedback {\n        relation\n        submitted\n        commentsVisible\n        comments {\n          strengths\n          improvements\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($s: String!, $n: Int) {\n    colleagues(search: $s, first: $n) {\n      id\n      name\n      position\n      unitName\n    }\n  }\n"): typeof import('./graphql').ColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominatePeer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').NominatePeerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewFormRound($id: ID!) {\n    round(id: $id) {\n      employee {\n        name\n      }\n      positionAtOpen\n      instrument {\n        items {\n          value\n          name\n          description\n          anchors\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewFormRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($i: SubmitReviewInput!) {\n    submitReview(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewsWaitingForMe {\n    reviewsWaitingForMe {\n      id\n      relation\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewsWaitingForMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTeamRound($i: CloseRoundInput!) {\n    closeRound(input: $i) {\n      status\n    }\n  }\n"): typeof import('./graphql').CloseTeamRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamReviewer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      relation\n      state\n    }\n  }\n"): typeof import('./graphql').AddTeamReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n"): typeof import('./graphql').TeamPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationsWaitingForMe {\n    nominationsWaitingForMe {\n      id\n      reviewer {\n        name\n      }\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NominationsWaitingForMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRounds($p: ID!) {\n    teamRounds(periodId: $p) {\n      id\n      status\n      overrideReason\n      employee {\n        id\n        name\n        subordinates {\n          id\n          name\n          position\n          active\n        }\n      }\n      progress {\n        supervisorSubmitted\n        peersApproved\n        peersSubmitted\n        nominationsPending\n      }\n      reviewers {\n        id\n        relation\n        state\n        reviewer {\n          id\n          name\n        }\n      }\n      result {\n        predikat\n        perilakuScore\n        hasilKerjaRating\n      }\n    }\n  }\n"): typeof import('./graphql').TeamRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamAgreedPlans($y: Int!) {\n    teamWorkPlans(year: $y) {\n      employee {\n        id\n      }\n      workPlan {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').TeamAgreedPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideNomination($i: DecideNominationInput!) {\n    decideNomination(input: $i) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').DecideNominationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
