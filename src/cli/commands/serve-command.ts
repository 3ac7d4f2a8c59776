import type { Command } from 'commander';
import { type CommandContext, type GlobalOptions, withCommandContext } from '../command-context.ts';
import { portOption } from '../option-parsers.ts';
import { waitForShutdownSignal } from '../shutdown-signals.ts';
import { type ServeOptions, startServing } from '../start-serving.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('JSON API, dashboard, webhook receiver, /healthz, /metrics, and the pipeline scheduler')
    .option('--port <n>', 'port to listen on', portOption, 3000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-scheduler', 'do not run the pipeline on the configured cron (webhooks are still processed)')
    .action(async (options: ServeOptions, command: Command) => {
      await withCommandContext(command.optsWithGlobals<GlobalOptions>(), (context) =>
        serve(context, options),
      );
    });
}

/** Serves until SIGINT/SIGTERM (`gitpulse serve`). */
export async function serve(context: CommandContext, options: ServeOptions): Promise<void> {
  const serving = await startServing(context, options);
  await waitForShutdownSignal();
  await serving.stop();
}
