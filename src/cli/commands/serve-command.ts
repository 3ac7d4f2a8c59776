import type { Command } from 'commander';
import { createServer } from '../../api/create-server.ts';
import { connectGitHub } from '../../pipeline/github-connection.ts';
import { runIngest } from '../../pipeline/run-pipeline.ts';
import { startScheduler } from '../../scheduler/start-scheduler.ts';
import { type CommandContext, type GlobalOptions, withCommandContext } from '../command-context.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('HTTP server (dashboard, /healthz) and the pipeline scheduler')
    .option('--port <n>', 'port to listen on', (value) => Number.parseInt(value, 10), 3000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-scheduler', 'do not run the pipeline on the configured cron')
    .action(async (options: ServeOptions, command: Command) => {
      await withCommandContext(command.optsWithGlobals<GlobalOptions>(), (context) =>
        serve(context, options),
      );
    });
}

export interface ServeOptions {
  port: number;
  host: string;
  scheduler: boolean;
}

/** Serves until SIGINT/SIGTERM; used by `serve` and `start`. */
export async function serve(context: CommandContext, options: ServeOptions): Promise<void> {
  const { db, config, env, logger } = context;
  const app = await createServer(db);
  await app.listen({ port: options.port, host: options.host });
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${options.port}/`;
  process.stdout.write(`gitpulse is serving: open ${url} (API: ${url}api/docs); Ctrl-C stops it\n`);

  const scheduler =
    options.scheduler && config.schedule.enabled
      ? await startScheduler({
          databaseUrl: db.url,
          cron: config.schedule.cron,
          logger,
          ingest: async () => {
            const github = await connectGitHub(env, logger);
            try {
              // Offline, "today" is the replay's last day: a scheduled run refreshes it.
              const date = github.replay?.world.date ?? new Date().toISOString().slice(0, 10);
              await runIngest({ db, config, logger, github, date });
            } finally {
              await github.close();
            }
          },
        })
      : undefined;

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.info('stopping');
  await scheduler?.stop();
  await app.close();
}
