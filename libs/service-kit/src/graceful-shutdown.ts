import type { INestApplication } from '@nestjs/common';

/**
 * SIGTERM/SIGINT → `app.close()` (consumers and the relay finish what they hold, NATS drains,
 * connections close), then exit; a hard stop after `timeoutMs` if something hangs.
 * Used instead of Nest's `enableShutdownHooks()`, which in a hybrid app (HTTP + NATS
 * microservice) ran the shutdown hooks but then left the process running.
 */
export function exitGracefullyOnSignals(app: INestApplication, timeoutMs = 15_000): void {
  let closing = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    setTimeout(() => {
      console.error(`shutdown after ${signal} took longer than ${timeoutMs} ms: exiting`);
      process.exit(1);
    }, timeoutMs).unref();
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      console.error('error during shutdown', err);
      process.exit(1);
    }
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
