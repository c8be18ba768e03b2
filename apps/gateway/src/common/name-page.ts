import { invalidField } from './app-error';

/**
 * Lists of people (employees, rounds by employee) page by (name, id): the cursor is that pair,
 * base64url JSON. An unreadable cursor is BAD_USER_INPUT on `after`.
 */
export function encodeNameCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString('base64url');
}

export function decodeNameCursor(cursor: string): { name: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && /^[0-9a-f-]{36}$/.test(v[1])) return { name: v[0], id: v[1] };
  } catch {
    /* fall through */
  }
  throw invalidField('after', 'Kursor halaman tidak valid. / Invalid page cursor.', 'invalid cursor');
}

/** A search box over people: digits (spaces ignored) search NIPs by prefix; anything else searches names. */
export function peopleSearch(search: string | null | undefined): { nipPrefix: string | null; nameContains: string | null } {
  const text = search?.trim();
  const digits = text?.replace(/\s+/g, '');
  const byNip = Boolean(digits && /^\d+$/.test(digits));
  return { nipPrefix: byNip ? digits! : null, nameContains: text && !byNip ? text : null };
}
