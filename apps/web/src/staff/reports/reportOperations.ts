import { graphql } from '../graphql';

export const MY_REPORTS = graphql(`
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
`);

export const SKM_CHOICES = graphql(`
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
`);

export const REQUEST_REPORT = graphql(`
  mutation RequestReport($input: RequestReportInput!) {
    requestReport(input: $input) {
      id
      status
      subject
    }
  }
`);
