import { EMAIL_MAX_LENGTH } from './dto/employee.inputs';

/** The shape the database keeps (employee_email_ck, migration 1765800000000): one @, no spaces, a dot in the domain. */
const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * An email address as stored: trimmed and lower-cased; null when, so normalised, it is not one the
 * database would keep (class-validator's IsEmail accepts a few the constraint refuses, e.g. quoted
 * local parts with spaces, and lower-casing may lengthen some letters).
 */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(email) ? email : null;
}
