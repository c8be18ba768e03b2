/**
 * Errors in which PostgreSQL refuses a value the request supplied: a CHECK constraint
 * (23514) or a data exception (class 22: a value too long, out of range, not valid text for its
 * type). The inputs' own validation should refuse such values first; where it and the schema
 * still disagree (a rule counted in UTF-16 units in TypeScript and in code points in SQL, text
 * trimmed after it was validated), the database is the last word and the request the culprit, so
 * clients get BAD_USER_INPUT, naming the constraint, instead of INTERNAL_SERVER_ERROR. The
 * statement failed inside its transaction, so nothing was stored.
 */

const CHECK_VIOLATION = '23514';
const DATA_EXCEPTION_CLASS = '22';

interface PgErrorLike {
  code?: unknown;
  constraint?: unknown;
  column?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** The PostgreSQL error behind `err` (TypeORM's driverError, a cause) when it is an input violation. */
export function inputViolationOf(err: unknown): { code: string; constraint?: string } | undefined {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const o = e as PgErrorLike;
    if (typeof o.code === 'string' && /^[0-9A-Z]{5}$/.test(o.code)) {
      if (o.code === CHECK_VIOLATION || o.code.startsWith(DATA_EXCEPTION_CLASS)) {
        const name = typeof o.constraint === 'string' ? o.constraint : typeof o.column === 'string' ? o.column : undefined;
        return { code: o.code, constraint: name };
      }
    }
    e = o.driverError ?? o.cause;
  }
  return undefined;
}

/** The API's answer to an input violation, else undefined (used by the gateway's formatError). */
export function inputViolationGraphQLError(
  original: unknown,
  path: ReadonlyArray<string | number> | undefined,
): { message: string; path?: ReadonlyArray<string | number>; extensions: { code: 'BAD_USER_INPUT'; details: unknown[] } } | undefined {
  const v = inputViolationOf(original);
  if (!v) return undefined;
  const field = v.constraint ?? 'input';
  return {
    message: `Masukan tidak valid: nilai ditolak oleh aturan ${field}. / Invalid input: a value breaks the rule ${field}.`,
    path,
    extensions: {
      code: 'BAD_USER_INPUT',
      details: [{ field, reasons: [v.code === CHECK_VIOLATION ? 'breaks a check' : 'invalid value'] }],
    },
  };
}
