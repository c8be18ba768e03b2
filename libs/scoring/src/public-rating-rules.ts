/**
 * The rules of the public intake and its time windows, in one place: imported by the gateway's
 * DTOs and services, the worker's SQL windows (passed as parameters, never written into SQL) and
 * the citizen pages' client-side checks. Pure constants and functions: no Nest, no I/O.
 */

const DAY_MS = 24 * 3_600_000;

/** A rating may arrive (kiosk backlog, offline QR page) at most this many days after the service. */
export const RATING_MAX_AGE_DAYS = 7;
export const RATING_MAX_AGE_MS = RATING_MAX_AGE_DAYS * DAY_MS;
/** How far a client's clock may run ahead of the server's before `submittedAt` is refused. */
export const RATING_CLOCK_SKEW_MS = 2 * 60_000;
/**
 * Periods (and allowances, and received ratings) that late ratings can still reach: those that
 * ended within the maximum age plus one day, the day that covers the agency's time zone offset.
 */
export const LATE_RATING_WINDOW_DAYS = RATING_MAX_AGE_DAYS + 1;
/**
 * The submitted_at bound paired with a received_at window of LATE_RATING_WINDOW_DAYS, so the scan
 * prunes public_rating's monthly partitions (partitioned by submitted_at) with a day to spare.
 */
export const LATE_RATING_SUBMITTED_WINDOW_DAYS = LATE_RATING_WINDOW_DAYS + 1;
