import { STAFF_MUTATIONS, staffFuzzSuite } from '../support/fuzz-staff-suite';

// Work plans (SKP), their indicators and monthly realisations, and the agency's scoring policy.
staffFuzzSuite('fuzzing the staff mutations: work plans and scoring policies', STAFF_MUTATIONS.workPlansAndPolicies, 20261202);
