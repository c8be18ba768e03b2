import { STAFF_MUTATIONS, staffFuzzSuite } from '../support/fuzz-staff-suite';

// Organisation and accounts: units, employees (one by one and by CSV), service points and staff, passwords, jobs.
staffFuzzSuite('fuzzing the staff mutations: organisation', STAFF_MUTATIONS.organisation, 20261111);
