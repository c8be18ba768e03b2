import 'reflect-metadata';
import { loadConfigOrExit } from '@k360/config';
import { installGracefulShutdown, prepareStorage } from '@k360/runtime';
import { Logger } from 'nestjs-pino';
import { startGateway } from './create-gateway';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await prepareStorage(config);
  const { app, url, port } = await startGateway(config);
  const logger = app.get(Logger);
  installGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, logger);
  logger.log(`Gateway listening on ${url} (GraphQL ${url}/graphql, health ${url}/health)`, 'Bootstrap');
  process.send?.({ type: 'ready', app: 'gateway', port });
}

main().catch((err: Error) => {
  process.stderr.write(`gateway failed to start: ${err.message}\n`);
  process.exit(1);
});
