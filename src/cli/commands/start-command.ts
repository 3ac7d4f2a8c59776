import type { Command } from 'commander';
import { runBackfill } from '../../pipeline/run-backfill.ts';
import { type GlobalOptions, withCommandContext } from '../command-context.ts';
import { connectGitHub } from '../github-connection.ts';
import { serve } from './serve-command.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      "what `npm start` runs: migrate, ingest (backfilling the replay's last days without a token), then serve",
    )
    .option(
      '--days <n>',
      'days of the offline replay to backfill without a token',
      (v) => Number.parseInt(v, 10),
      30,
    )
    .option('--port <n>', 'port to serve on', (value) => Number.parseInt(value, 10), 3000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-serve', 'stop after ingesting')
    .action(
      async (options: { days: number; port: number; host: string; serve: boolean }, command: Command) => {
        await withCommandContext(command.optsWithGlobals<GlobalOptions>(), async (context) => {
          const { db, config, env, logger } = context;
          const github = await connectGitHub(env, logger);
          try {
            const replay = github.replay;
            await runBackfill({
              db,
              config,
              logger,
              github,
              days: replay
                ? replay.world.dataset.dates.slice(-Math.max(1, options.days))
                : [new Date().toISOString().slice(0, 10)],
              skipIngested: replay !== undefined,
              beforeDay: replay ? (day) => replay.setDate(day) : undefined,
            });
          } finally {
            await github.close();
          }
          if (options.serve)
            await serve(context, { port: options.port, host: options.host, scheduler: true });
        });
      },
    );
}
