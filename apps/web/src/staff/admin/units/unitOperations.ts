import { graphql } from '../../graphql';

export const UNITS = graphql(`
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
`);

export const UNIT = graphql(`
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
`);

export const CREATE_UNIT = graphql(`
  mutation AdminCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_UNIT = graphql(`
  mutation AdminUpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
    }
  }
`);

export const MOVE_UNIT = graphql(`
  mutation AdminMoveUnit($input: MoveUnitInput!) {
    moveUnit(input: $input) {
      id
    }
  }
`);

export const ARCHIVE_UNIT = graphql(`
  mutation AdminArchiveUnit($id: ID!) {
    archiveUnit(id: $id) {
      id
      name
    }
  }
`);

/** Every unit query a change makes stale. */
export const UNIT_QUERIES = ['AdminUnits', 'AdminUnit', 'AdminUnitRoot', 'AdminUnitIndex'];
