import { STAFF_MUTATIONS, staffFuzzSuite } from '../support/fuzz-staff-suite';

// Periods, rounds and reviews, the instrument; rating links, kiosks, tickets and the satisfaction recompute.
staffFuzzSuite('fuzzing the staff mutations: rounds and citizens', STAFF_MUTATIONS.roundsAndCitizens, 20261211);
