import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from './app-error';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; reasons: string[] }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, reasons: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator on every input; failures become BAD_USER_INPUT with the fields and reasons. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new AppError(
        'BAD_USER_INPUT',
        `Masukan tidak valid: ${details.map((d) => `${d.field} (${d.reasons.join(', ')})`).join('; ')}`,
        details,
      );
    },
  });
}
