import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@k360/config';
import { GatewayModule } from './gateway.module';
import { createValidationPipe } from './common/validation.pipe';
import { resolve } from 'node:path';
import { WEB_DIST } from './web/web.controller';
import { mountQueueDashboard } from './system/queue-dashboard';

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
  // CSV imports of a whole agency (5,000+ rows) travel inside one GraphQL request.
  app.useBodyParser('json', { limit: '8mb' });
  // Hashed file names: cached for a year. The service worker must stay fresh.
  app.useStaticAssets(resolve(WEB_DIST, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
  app.useStaticAssets(WEB_DIST, { index: false, setHeaders: (res) => res.setHeader('cache-control', 'no-cache') });
  mountQueueDashboard(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY.length ? config.TRUST_PROXY : false);
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, port, url: `http://127.0.0.1:${port}` };
}
