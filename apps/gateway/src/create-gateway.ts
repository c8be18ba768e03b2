import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@k360/config';
import { GatewayModule } from './gateway.module';
import { createValidationPipe } from './common/validation.pipe';
import { resolve } from 'node:path';
import { WEB_DIST } from './web/web.controller';
import { mountQueueDashboard } from './system/queue-dashboard';
import { JwtService } from '@nestjs/jwt';
import { createBodyParsers } from './common/body-limits';
import { createSecurityHeaders } from './common/security-headers';

export interface StartedGateway {
  app: NestExpressApplication;
  url: string;
  port: number;
}

/** Builds and starts the gateway (GraphQL, health). Tests call this in-process; main.ts wraps it. */
export async function startGateway(config: AppConfig, logStream?: NodeJS.WritableStream): Promise<StartedGateway> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot({ config, logStream }), {
    bufferLogs: true,
    forceCloseConnections: true,
  });
  app.useLogger(app.get(Logger));
  // Security headers on every response: the first middleware, in front of everything Express
  // answers (body-limit errors, static files, the Bull Board, Nest's routes, GraphQL, 404s).
  app.use(createSecurityHeaders(config.NODE_ENV === 'production'));
  app.useGlobalPipes(createValidationPipe());
  // Anonymous bodies up to 64 KB, signed-in staff (CSV imports of a whole agency) up to 8 MB;
  // larger ones are answered 413 before they are parsed (common/body-limits.ts).
  const jwt = app.get(JwtService, { strict: false });
  const { jsonParser, urlencodedParser } = createBodyParsers((token) => {
    try {
      jwt.verify(token, { ignoreExpiration: true });
      return true;
    } catch {
      return false;
    }
  });
  app.use(jsonParser);
  app.use(urlencodedParser);
  // Hashed file names: cached for a year. The service worker must stay fresh.
  app.useStaticAssets(resolve(WEB_DIST, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
  app.useStaticAssets(WEB_DIST, { index: false, setHeaders: (res) => res.setHeader('cache-control', 'no-cache') });
  mountQueueDashboard(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY.length ? config.TRUST_PROXY : false);
  await app.init();
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, port, url: `http://127.0.0.1:${port}` };
}
