/**
 * The windows of round deadlines and reminders (issue 14): one home, read by the gateway's
 * validation, the period table's CHECK and the reminder job's SQL (passed as parameters).
 */

/** A period's review deadline falls from its first day to this many days after its last. */
export const REVIEW_DEADLINE_MAX_DAYS_AFTER_PERIOD = 90;

/** Reviewers are reminded of a review deadline from this many days before it (agency time zone) until the day itself. */
export const DEADLINE_SOON_DAYS = 2;
