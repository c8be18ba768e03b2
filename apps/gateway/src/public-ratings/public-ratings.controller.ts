import {
  ArgumentsHost,
  Catch,
  Controller,
  createParamDecorator,
  ExceptionFilter,
  ExecutionContext,
  HttpCode,
  Post,
  Req,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { AppError } from '../common/app-error';
import { createValidationPipe } from '../common/validation.pipe';
import { SubmitPublicRatingInput } from './dto/public-rating.inputs';
import { PublicRatingReceipt } from './models/public-rating.models';
import { PublicRatingsService } from './public-ratings.service';

/** HTTP status per error code of the route; every other code of the intake (a token's state) is 422. */
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, RATE_LIMITED: 429, NOT_FOUND: 404 };

/**
 * The route's errors, in the shape a GraphQL answer carries them (`{ errors: [{ message,
 * extensions: { code, details } }] }`), so the pages read both the same way; with an HTTP status
 * (and Retry-After when rate-limited). The gateway's global filter (AppErrorFilter) is for
 * GraphQL only; this one, declared on the controller, takes the route's AppErrors before it.
 */
@Catch(AppError)
export class PublicRatingHttpErrors implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const code = String(error.extensions.code);
    const retry = (error.extensions.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (code === 'RATE_LIMITED' && retry !== undefined) res.setHeader('retry-after', String(retry));
    res
      .status(STATUS[code] ?? 422)
      .setHeader('cache-control', 'no-store')
      .json({ errors: [{ message: error.message, extensions: error.extensions }] });
  }
}

/**
 * The request body, checked by the gateway's ValidationPipe against the parameter's class with
 * unknown fields refused rather than dropped (as GraphQL's schema refuses them for the mutation):
 * a custom parameter, so the global pipe (which drops them) leaves it to this one.
 */
const StrictBody = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Request>().body);
const strict = createValidationPipe({ forbidNonWhitelisted: true, validateCustomDecorators: true });

/**
 * The citizens' intake as a plain route: `POST /api/public-ratings` with the JSON of
 * SubmitPublicRatingInput, answered `200 { accepted, duplicate }`. It goes through the whole
 * framework like any other request (security headers, body limits, request id and request log,
 * the AuthGuard, the gateway's ValidationPipe with the DTO, whose limits are
 * libs/scoring/src/public-rating-rules.ts, Express's req.ip with TRUST_PROXY) and calls the same
 * service as the GraphQL mutation `submitPublicRating`, skipping only GraphQL's parse, validation
 * and execution. Issue 12 measured it against the submit fast path (bench/ingest, BENCHMARKS.md):
 * the fast path was faster and stays what the pages use.
 */
@Controller('api/public-ratings')
@UseFilters(PublicRatingHttpErrors)
export class PublicRatingsController {
  constructor(private readonly service: PublicRatingsService) {}

  @Public()
  @Post()
  @HttpCode(200)
  submit(@StrictBody(undefined, strict) input: SubmitPublicRatingInput, @Req() req: Request): Promise<PublicRatingReceipt> {
    return this.service.submit(input, req.ip ?? 'unknown');
  }
}
