import { stopEmbeddedServers } from '../db/embedded-server.ts';

let waiting: (() => void)[] = [];

/** Resolves on the next SIGINT/SIGTERM; long-running commands (serve) shut down gracefully on it. */
export function waitForShutdownSignal(): Promise<void> {
  return new Promise((resolve) => waiting.push(resolve));
}

/**
 * SIGINT/SIGTERM: a command waiting for the signal shuts down by itself;
 * otherwise (Ctrl-C during an ingest) the embedded PostgreSQL is stopped and
 * the process exits 130. An open transaction is rolled back by PostgreSQL.
 */
export function installShutdownSignals(): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (waiting.length > 0) {
      const resolvers = waiting;
      waiting = [];
      for (const resolve of resolvers) resolve();
      return;
    }
    process.stderr.write(`gitpulse: interrupted (${signal}); nothing of an unfinished run was committed\n`);
    void stopEmbeddedServers().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
