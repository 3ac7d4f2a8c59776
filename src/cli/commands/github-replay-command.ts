import type { Command } from 'commander';
import { startReplay } from '../../github-replay/replay-server.ts';
import { type ReplayRename, ReplayRenameError } from '../../github-replay/replay-world.ts';
import { createLogger } from '../../log/logger.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { explainListenError } from '../explain-listen-error.ts';
import { parseDateOption, withListenOptions } from '../option-parsers.ts';
import { waitForShutdownSignal } from '../shutdown-signals.ts';

export function registerGithubReplayCommand(program: Command): void {
  withListenOptions(program.command('github-replay'), 3001)
    .description('run the offline GitHub (REST + GraphQL) on the shipped ranking data, on its own')
    .option('--date <YYYY-MM-DD>', 'simulated day (default: the last day of the data)')
    .option(
      '--faults <spec>',
      'inject faults, e.g. "5xx=0.2,secondary=7,rate-limit=50,latency=100,malformed=9,timeout=11"',
    )
    .option(
      '--delete <owner/name@YYYY-MM-DD...>',
      'delete repositories from a day on, as their owners can on GitHub (NOT_FOUND by name and node id, 404 by REST)',
    )
    .option(
      '--rename <owner/name=new_owner/new_name@YYYY-MM-DD...>',
      'rename or transfer repositories from a day on, as GitHub does (the old name redirects: REST 301, GraphQL resolves it)',
    )
    .addHelpText(
      'after',
      '\nPoint gitpulse at it with GITHUB_API_URL=http://127.0.0.1:3001 (any GITHUB_TOKEN is accepted).\nChange the day while it runs: curl -X PUT -H "content-type: application/json" -d \'{"date":"2026-08-01"}\' http://127.0.0.1:3001/_replay/date',
    )
    .action(
      async (options: {
        port: number;
        host: string;
        date?: string;
        faults?: string;
        delete?: string[];
        rename?: string[];
      }) => {
        const logger = createLogger();
        const deletions = Object.fromEntries((options.delete ?? []).map(parseDeletion));
        const renames = Object.fromEntries((options.rename ?? []).map(parseRename));
        let replay: Awaited<ReturnType<typeof startReplay>>;
        try {
          replay = await startReplay(
            { date: options.date, faults: options.faults, deletions, renames },
            { port: options.port, host: options.host },
          );
        } catch (error) {
          if (error instanceof ReplayRenameError)
            throw new UserFacingError(error.message, 'Rename a repository the replay serves.', 2);
          if (error instanceof RangeError)
            throw new UserFacingError(error.message, 'Pass --date within that range.', 2);
          throw explainListenError(error, options.port, options.host);
        }
        logger.info({ url: replay.url, date: replay.world.date }, 'offline GitHub replay listening');
        process.stdout.write(`GitHub replay on ${replay.url} (day ${replay.world.date}); Ctrl-C stops it\n`);
        await waitForShutdownSignal();
        await replay.close();
      },
    );
}

/** owner/name@YYYY-MM-DD → [full name, first day gone]; anything else is a usage error (exit 2). */
function parseDeletion(value: string): [string, string] {
  const match = /^([^/@\s]+\/[^/@\s]+)@(.+)$/.exec(value);
  if (!match)
    throw new UserFacingError(
      `--delete ${value} is not owner/name@YYYY-MM-DD.`,
      'Name the repository and its first day gone, e.g. --delete rust-lang/rust@2026-08-02.',
      2,
    );
  return [match[1] as string, parseDateOption(match[2], '--delete') as string];
}

/** owner/name=new_owner/new_name@YYYY-MM-DD → [old full name, the rename]; anything else is exit 2. */
function parseRename(value: string): [string, ReplayRename] {
  const match = /^([^/@=\s]+\/[^/@=\s]+)=([^/@=\s]+\/[^/@=\s]+)@(.+)$/.exec(value);
  if (!match)
    throw new UserFacingError(
      `--rename ${value} is not owner/name=new_owner/new_name@YYYY-MM-DD.`,
      'Name the repository, its new name and the first day under it, e.g. --rename rust-lang/rust=rust-org/rustc@2026-08-02.',
      2,
    );
  return [
    match[1] as string,
    { to: match[2] as string, on: parseDateOption(match[3], '--rename') as string },
  ];
}
