import { NestFactory } from '@nestjs/core';
import { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@k360/config';
import { WorkerModule } from './worker.module';

export interface StartedWorker {
  app: INestApplication;
  port: number;
}

/** Builds and starts the worker: BullMQ processors plus an HTTP port for /health only. */
export async function startWorker(config: AppConfig, logStream?: NodeJS.WritableStream): Promise<StartedWorker> {
  const app = await NestFactory.create(WorkerModule.forRoot({ config, logStream }), { bufferLogs: true, forceCloseConnections: true });
  app.useLogger(app.get(Logger));
  await app.listen(config.WORKER_PORT, config.HOST);
  const address = app.getHttpServer().address();
  return { app, port: typeof address === 'object' && address ? address.port : config.WORKER_PORT };
}
