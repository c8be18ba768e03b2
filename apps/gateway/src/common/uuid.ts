import { ValidateBy, ValidationOptions } from 'class-validator';
import { isUuid } from '@k360/scoring';

/**
 * The one rule for ids lives with the intake's rules (libs/scoring/src/public-rating-rules.ts),
 * where the citizen pages can import it too: a UUID in its canonical text form, any version. Every
 * id argument is checked against it before a resolver runs (graphql/id-arguments.ts), so a
 * malformed id is BAD_USER_INPUT, never a database error.
 */
export { UUID_PATTERN, isUuid } from '@k360/scoring';

/**
 * class-validator's check for an id field of an input, by that one rule (class-validator's own
 * `@IsUUID()` accepts only versions 1–8 with the RFC variant, a second rule for the same thing).
 */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isId', validator: { validate: (value) => isUuid(value), defaultMessage: () => '$property must be a UUID' } },
    options,
  );
}
