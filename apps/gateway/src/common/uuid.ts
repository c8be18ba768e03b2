/**
 * The one rule for ids: a UUID in its canonical text form, any version (what PostgreSQL's `uuid`
 * type and class-validator's `@IsUUID()` accept). Every id argument is checked against it before
 * a resolver runs (graphql/id-arguments.ts), so a malformed id is BAD_USER_INPUT, never a
 * database error.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
