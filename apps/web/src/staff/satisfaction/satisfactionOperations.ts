import { graphql } from '../graphql';

/** The operations of the service-satisfaction pages (comments, follow-up plan), typed by graphql-codegen. */

export const MANAGED_SERVICE_POINTS = graphql(`
  query ManagedServicePoints {
    managedServicePoints {
      id
      name
      unitId
      unitName
    }
  }
`);

export const SATISFACTION_PERIODS = graphql(`
  query SatisfactionPeriods {
    periods {
      id
      name
      kind
      startsOn
      endsOn
    }
  }
`);

export const CITIZEN_COMMENTS = graphql(`
  query CitizenComments($servicePointId: ID, $periodId: ID, $search: String, $status: CommentStatus, $page: PageInput) {
    citizenComments(servicePointId: $servicePointId, periodId: $periodId, search: $search, status: $status, page: $page) {
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
`);

export const MARK_COMMENT_HANDLED = graphql(`
  mutation MarkCommentHandled($id: ID!, $note: String) {
    markCommentHandled(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const HIDE_COMMENT = graphql(`
  mutation HideComment($id: ID!, $reason: String!) {
    hideComment(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const UNHIDE_COMMENT = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      id
      status
    }
  }
`);

export const FOLLOW_UP_PLAN = graphql(`
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
`);

export const FOLLOW_UP_OWNERS = graphql(`
  query FollowUpOwners($search: String!) {
    colleagues(search: $search) {
      id
      name
      position
    }
  }
`);

export const CREATE_FOLLOW_UP = graphql(`
  mutation CreateFollowUpAction($input: CreateFollowUpActionInput!) {
    createFollowUpAction(input: $input) {
      id
    }
  }
`);

export const UPDATE_FOLLOW_UP = graphql(`
  mutation UpdateFollowUpAction($input: UpdateFollowUpActionInput!) {
    updateFollowUpAction(input: $input) {
      id
    }
  }
`);

export const SET_FOLLOW_UP_STATUS = graphql(`
  mutation SetFollowUpActionStatus($input: SetFollowUpStatusInput!) {
    setFollowUpActionStatus(input: $input) {
      id
      status
    }
  }
`);

export const SATISFACTION_REPORT = graphql(`
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
`);
