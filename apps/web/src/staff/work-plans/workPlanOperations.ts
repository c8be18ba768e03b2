import { graphql } from '../graphql';

/** The work plan (SKP) pages' operations (typed by `npm run codegen`). */

export const WORK_PLAN_FIELDS = graphql(`
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
`);

export const REALISATION_FIELDS = graphql(`
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
`);

export const MY_WORK_PLAN = graphql(`
  query MyWorkPlan($year: Int!) {
    myWorkPlan(year: $year) {
      ...WorkPlanFields
    }
  }
`);

export const TEAM_WORK_PLANS = graphql(`
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
`);

export const WORK_PLAN_REALISATIONS = graphql(`
  query WorkPlanRealisations($workPlanId: ID!, $month: String) {
    realisations(workPlanId: $workPlanId, month: $month) {
      ...RealisationFields
    }
  }
`);

export const CREATE_WORK_PLAN = graphql(`
  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {
    createWorkPlan(input: $input) {
      id
    }
  }
`);

export const ADD_INDICATOR = graphql(`
  mutation AddIndicator($input: AddIndicatorInput!) {
    addIndicator(input: $input) {
      id
    }
  }
`);

export const UPDATE_INDICATOR = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
    }
  }
`);

export const REMOVE_INDICATOR = graphql(`
  mutation RemoveIndicator($indicatorId: ID!) {
    removeIndicator(indicatorId: $indicatorId) {
      id
    }
  }
`);

export const REVISE_WORK_PLAN = graphql(`
  mutation ReviseWorkPlan($input: ReviseWorkPlanInput!) {
    reviseWorkPlan(input: $input) {
      id
    }
  }
`);

export const AGREE_WORK_PLAN = graphql(`
  mutation AgreeWorkPlan($workPlanId: ID!) {
    agreeWorkPlan(workPlanId: $workPlanId) {
      id
      status
    }
  }
`);

export const REPORT_REALISATION = graphql(`
  mutation ReportRealisation($input: ReportRealisationInput!) {
    reportRealisation(input: $input) {
      id
      status
    }
  }
`);

export const VERIFY_REALISATION = graphql(`
  mutation VerifyRealisation($input: VerifyRealisationInput!) {
    verifyRealisation(input: $input) {
      id
      status
    }
  }
`);

/** What a change to a plan makes stale: the employee's plan and the supervisor's list (both show the plan). */
export const PLAN_QUERIES = ['MyWorkPlan', 'TeamWorkPlans'] as const;
/** What a report or a decision makes stale: the realisations and the plans (their missing reports). */
export const REALISATION_QUERIES = ['WorkPlanRealisations', ...PLAN_QUERIES] as const;
