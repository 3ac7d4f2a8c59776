import type { Command } from 'commander';
import { readLatestSnapshotDate } from '../../analytics/latest-snapshot-date.ts';
import { today } from '../../calendar-days.ts';
import { applyRetention } from '../../pipeline/apply-retention.ts';
import { withCommandContext } from '../command-context.ts';

export function registerRetentionCommand(program: Command): void {
  program
    .command('retention')
    .description('apply the retention policy now (days counted back from the latest snapshot date)')
    .action(async (_options: unknown, command: Command) => {
      await withCommandContext(command, async ({ db, config }) => {
        const reference = (await readLatestSnapshotDate(db.pool)) ?? today();
        const deleted = await applyRetention(db.pool, reference, config.retention);
        process.stdout.write(
          `retention as of ${reference} (raw ${config.retention.raw_days} d, staging ${config.retention.staging_days} d, ` +
            `warehouse ${config.retention.warehouse_days} d, runs ${config.retention.workflow_runs_days} d): deleted ` +
            `${deleted.raw} raw, ${deleted.staging} staging, ${deleted.warehouse} warehouse, ${deleted.runs} run rows\n`,
        );
      });
    });
}
