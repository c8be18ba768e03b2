import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '@k360/config';
import { loggedPath } from './logged-path';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Fields that must never reach a log line: credentials, tokens, and anything a citizen typed. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-device-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.passwordHash',
  // A failed query's error (TypeORM QueryFailedError, pg's DatabaseError) carries its bound
  // parameters and PostgreSQL's "Failing row contains (…)" detail: a citizen's comment, a hash.
  '*.parameters',
  '*.detail',
  '*.driverError',
];

/**
 * Structured JSON logs (pino) with a request id per HTTP request: taken from a well-formed
 * `x-request-id` header (so a load balancer's id follows the request) or generated, and echoed
 * back in the response. `stream` lets tests capture every line.
 */
export function createLoggerModule(config: AppConfig, app: string, stream?: NodeJS.WritableStream): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: [
      {
        level: config.LOG_LEVEL,
        base: { app, pid: process.pid },
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
        autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
        // Only method, path and id: query strings and paths may carry rating tokens (see loggedPath).
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            path: loggedPath(req.url),
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
      ...(stream ? [stream as never] : []),
    ] as never,
  });
}
