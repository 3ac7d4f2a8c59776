import { type Command, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { ClickHouse } from '../../clickhouse/clickhouse-connection.ts';
import { openClickHouse } from '../../clickhouse/open-clickhouse.ts';
import {
  countClientEventsByType,
  countEventsByType,
  measureEventsDisk,
  runReadOnlyQuery,
} from '../../events/events-queries.ts';
import { summarizeGhArchiveHours } from '../../ops/gharchive-hours.ts';
import { GHARCHIVE_URL, hoursBetween, parseHour } from '../../sources/gharchive/hour-files.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { type CommandContext, withCommandContext } from '../command-context.ts';
import { connectGitHub } from '../github-connection.ts';
import { importHoursWithProgress } from '../import-hours-with-progress.ts';
import { printTable } from '../print-table.ts';

/** The command's context plus the events store, closed when the command ends. */
async function withEventsStore<T>(
  command: Command,
  fn: (context: CommandContext & { clickhouse: ClickHouse }) => Promise<T>,
): Promise<T> {
  return withCommandContext(command, async (context) => {
    const clickhouse = await openClickHouse(context.env, context.config, context.logger);
    try {
      return await fn({ ...context, clickhouse });
    } finally {
      await clickhouse.close();
    }
  });
}

export function registerEventsCommand(program: Command): void {
  const events = program
    .command('events')
    .description('the events store: GitHub events in ClickHouse (embedded chDB, or CLICKHOUSE_URL)');

  events
    .command('import')
    .description('import GH Archive hours into the events store (resumable: finished hours are skipped)')
    .requiredOption('--from <YYYY-MM-DDTHH>', 'first hour, UTC')
    .requiredOption('--to <YYYY-MM-DDTHH>', 'last hour, UTC (included)')
    .option(
      '--base-url <url>',
      `where the hour files are (default: ${GHARCHIVE_URL} with GITHUB_TOKEN, else the offline replay's hours)`,
    )
    .option('--only-tracked', 'keep only events of repositories the warehouse tracks')
    .action(
      async (options: { from: string; to: string; baseUrl?: string; onlyTracked?: boolean }, command) => {
        const hours = hoursBetween(parseHour(options.from, '--from'), parseHour(options.to, '--to'));
        await withEventsStore(command, async (context) => {
          const { env, logger, clickhouse } = context;
          const github = options.baseUrl ? undefined : await connectGitHub(env, logger);
          const baseUrl =
            options.baseUrl ?? (github?.credentials.length ? GHARCHIVE_URL : `${github?.baseUrl}/gharchive`);
          try {
            const result = await importHoursWithProgress(context, clickhouse, {
              baseUrl,
              hours,
              onlyTracked: options.onlyTracked,
            });
            const rejected = result.imported.reduce((sum, hour) => sum + hour.rejected, 0);
            process.stdout.write(
              `${result.imported.length} hour(s) imported, ${result.skippedHours} already done, ${result.failed.length} failed: ` +
                `${result.events} events (${Math.round(result.events / Math.max(result.seconds, 0.001))} events/s), ${rejected} rejected lines\n`,
            );
            if (result.failed.length > 0) {
              throw new UserFacingError(
                `${result.failed.length} hour(s) failed: ${result.failed
                  .slice(0, 5)
                  .map((f) => `${f.hour} (${f.error})`)
                  .join('; ')}${result.failed.length > 5 ? '; …' : ''}`,
                'They are marked failed in ops.gharchive_hours; run the same import again to retry them (finished hours are skipped).',
              );
            }
          } finally {
            await github?.close();
          }
        });
      },
    );

  events
    .command('sql')
    .description(
      'run a read-only ClickHouse query against the events store (tables: github_events, repo_daily_activity, client_events)',
    )
    .argument('<query>', 'the query, e.g. "SELECT type, count() FROM github_events GROUP BY type"')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'),
    )
    .action(async (query: string, options: { format: 'table' | 'csv' | 'json' }, command: Command) => {
      await withEventsStore(command, async ({ clickhouse }) => {
        let rows: Record<string, unknown>[];
        try {
          rows = await runReadOnlyQuery(clickhouse, query);
        } catch (error) {
          throw new UserFacingError(
            `The events store refused the query: ${(error as Error).message.trim()}`,
            'Queries are read-only; check the SQL against `gitpulse events sql "DESCRIBE github_events"`.',
            2,
          );
        }
        if (options.format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else if (options.format === 'csv')
          process.stdout.write(stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) }));
        else printTable(`${rows.length} row(s)`, rows);
      });
    });

  events
    .command('status')
    .description(
      'events per type and source, client events per type and client, GH Archive hours imported and failed, disk used',
    )
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withEventsStore(command, async ({ db, clickhouse }) => {
        const [byType, clientByType, disk, hours] = await Promise.all([
          countEventsByType(clickhouse),
          countClientEventsByType(clickhouse),
          measureEventsDisk(clickhouse),
          summarizeGhArchiveHours(db.pool),
        ]);
        const status = {
          store: { kind: clickhouse.kind, location: clickhouse.location, ...disk },
          events: byType.reduce((sum, row) => sum + row.events, 0),
          byType,
          clientEvents: clientByType.reduce((sum, row) => sum + row.events, 0),
          clientByType,
          hours,
        };
        if (options.json) {
          process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `events store: ${clickhouse.kind} at ${clickhouse.location}; ${status.events} events, ${(disk.bytes / 1_048_576).toFixed(1)} MiB on disk in ${disk.parts} part(s)\n`,
        );
        printTable('Events per type and source', byType);
        printTable(`Client events per type and client (${status.clientEvents})`, clientByType);
        printTable('GH Archive hours', hours);
      });
    });
}
