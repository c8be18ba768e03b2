import { ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { AppError } from './app-error';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; reasons: string[] }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, reasons: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * class-validator on every input; failures become BAD_USER_INPUT with the fields and reasons.
 * `options`: what a REST route adds (public-ratings.controller.ts refuses unknown fields, as
 * GraphQL's schema does for the same input).
 */
export function createValidationPipe(
  options: Pick<ValidationPipeOptions, 'forbidNonWhitelisted' | 'validateCustomDecorators'> = {},
): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    ...options,
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
