import { graphql } from '../../graphql';

export const EMPLOYEES = graphql(`
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
`);

export const EMPLOYEE = graphql(`
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
`);

export const CREATE_EMPLOYEE = graphql(`
  mutation AdminCreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_EMPLOYEE = graphql(`
  mutation AdminUpdateEmployee($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      id
    }
  }
`);

export const SET_PASSWORD = graphql(`
  mutation AdminSetEmployeePassword($employeeId: ID!, $password: String!) {
    setEmployeePassword(employeeId: $employeeId, password: $password) {
      id
    }
  }
`);

export const EMPLOYEE_QUERIES = ['AdminEmployees', 'AdminEmployee', 'AdminPickEmployees'];
