/**
 * SQL for the instants a period starts and ends (exclusive): local midnights in the agency's time
 * zone, for `period p JOIN agency a`. As text, so no JavaScript Date (milliseconds only) sits
 * between PostgreSQL and PostgreSQL; pass them back as `$n::timestamptz`.
 */
export const PERIOD_BOUNDS_SQL = `(p.starts_on::timestamp AT TIME ZONE a.time_zone)::text AS starts_at, ((p.ends_on + 1)::timestamp AT TIME ZONE a.time_zone)::text AS ends_at`;
