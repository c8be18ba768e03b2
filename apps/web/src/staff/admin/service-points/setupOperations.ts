import { graphql } from '../../graphql';

export const SETUP_POINTS = graphql(`
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
`);

export const CREATE_POINT = graphql(`
  mutation AdminCreateServicePoint($input: CreateServicePointInput!) {
    createServicePoint(input: $input) {
      id
      name
    }
  }
`);

export const ARCHIVE_POINT = graphql(`
  mutation AdminArchiveServicePoint($id: ID!) {
    archiveServicePoint(id: $id) {
      id
    }
  }
`);

export const ASSIGN_STAFF = graphql(`
  mutation AdminAssignServicePointStaff($input: ServicePointStaffInput!) {
    assignServicePointStaff(input: $input) {
      id
    }
  }
`);

export const REMOVE_STAFF = graphql(`
  mutation AdminRemoveServicePointStaff($input: ServicePointStaffInput!) {
    removeServicePointStaff(input: $input) {
      id
    }
  }
`);

export const POINT_QUERIES = ['AdminSetupServicePoints'];
