import type { Command } from 'commander';
import { type CommandContext, withCommandContext } from '../command-context.ts';
import { withListenOptions } from '../option-parsers.ts';
import { waitForShutdownSignal } from '../shutdown-signals.ts';
import { type ServeOptions, startServing } from '../start-serving.ts';

export function registerServeCommand(program: Command): void {
  withListenOptions(program.command('serve'), 3000)
    .description('JSON API, dashboard, webhook receiver, /healthz, /metrics, and the pipeline scheduler')
    .option('--no-scheduler', 'do not run the pipeline on the configured cron (webhooks are still processed)')
    .action(async (options: ServeOptions, command: Command) => {
      await withCommandContext(command, (context) => serve(context, options));
    });
}

/** Serves until SIGINT/SIGTERM (`gitpulse serve`). */
export async function serve(context: CommandContext, options: ServeOptions): Promise<void> {
  const serving = await startServing(context, options);
  await waitForShutdownSignal();
  await serving.stop();
}
