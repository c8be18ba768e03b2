import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@k360/config';
import { GatewayModule } from './gateway.module';
import { createValidationPipe } from './common/validation.pipe';
import { resolve } from 'node:path';
import { WEB_DIST } from './web/web.controller';
import { mountQueueDashboard } from './system/queue-dashboard';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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
  // Security headers on every response, in front of everything that answers on the server
  // (including the submit fast path, which answers before Express).
  const server = app.getHttpServer() as Server;
  const secure = createSecurityHeaders(config.NODE_ENV === 'production');
  const listeners = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) =>
    secure(req, res, () => {
      for (const l of listeners) l.call(server, req, res);
    }),
  );
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, port, url: `http://127.0.0.1:${port}` };
}
