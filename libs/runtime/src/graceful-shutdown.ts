import type { INestApplication, LoggerService } from '@nestjs/common';

/**
 * SIGTERM / SIGINT close the application (workers, HTTP server, pools) and exit 0. If closing
 * takes longer than `timeoutMs` the process exits 1 so an orchestrator is never left waiting.
 * (Nest's own enableShutdownHooks re-raises the signal, which ends the process with 143.)
 */
export function installGracefulShutdown(app: INestApplication, timeoutMs: number, logger: LoggerService): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received, shutting down`, 'Shutdown');
    const timer = setTimeout(() => {
      logger.error(`Shutdown took longer than ${timeoutMs} ms, exiting`, undefined, 'Shutdown');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    app
      .close()
      .then(() => {
        logger.log('Shutdown complete', 'Shutdown');
        process.exit(0);
      })
      .catch((err: Error) => {
        logger.error(`Shutdown failed: ${err.message}`, err.stack, 'Shutdown');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
