import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { connectGitHub } from '../../pipeline/github-connection.ts';
import { runIngest } from '../../pipeline/run-pipeline.ts';
import { type GlobalOptions, withCommandContext } from '../command-context.ts';
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
            const days = github.replay
              ? github.replay.world.dataset.dates.slice(-Math.max(1, options.days))
              : [new Date().toISOString().slice(0, 10)];
            const { rows } = await db.pool.query<{ run_date: string }>(
              "SELECT DISTINCT run_date::text FROM warehouse.fact_workflow_runs WHERE status = 'succeeded' AND run_type = 'ingest'",
            );
            const done = new Set(rows.map((row) => row.run_date));
            const pending = github.replay ? days.filter((day) => !done.has(day)) : days;
            if (pending.length < days.length)
              logger.info({ skipped: days.length - pending.length }, 'days already ingested');
            const bar =
              process.stderr.isTTY && pending.length > 1
                ? new SingleBar({ format: 'backfill [{bar}] {value}/{total} days · {day}' })
                : undefined;
            bar?.start(pending.length, 0, { day: '' });
            for (const [index, day] of pending.entries()) {
              github.replay?.setDate(day);
              if (!bar) logger.info(`ingesting ${day} (${index + 1}/${pending.length})`);
              await runIngest({ db, config, logger, github, date: day, progress: !bar });
              bar?.update(index + 1, { day });
            }
            bar?.stop();
          } finally {
            await github.close();
          }
          if (options.serve)
            await serve(context, { port: options.port, host: options.host, scheduler: true });
        });
      },
    );
}
