import 'reflect-metadata';
import { loadConfigOrExit } from '@k360/config';
import { installGracefulShutdown, prepareStorage } from '@k360/runtime';
import { Logger } from 'nestjs-pino';
import { startWorker } from './create-worker';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await prepareStorage(config);
  const { app, port } = await startWorker(config);
  const logger = app.get(Logger);
  installGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, logger);
  logger.log(`Worker running (health on port ${port})`, 'Bootstrap');
  process.send?.({ type: 'ready', app: 'worker', port });
}

main().catch((err: Error) => {
  process.stderr.write(`worker failed to start: ${err.message}\n`);
  process.exit(1);
});
