import type { Config } from '../config/config-schema.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log/logger.ts';
import { listGoneOn } from '../ops/gone-repositories.ts';
import { listLandedDays, readLandedBlueprints } from '../raw/landed-rows.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { emptyCollection } from './collection.ts';
import { withRecordedRun } from './recorded-run.ts';
import { asOfFor } from './run-ingest.ts';
import type { TaskHooks } from './task-tree.ts';
import { writePhase } from './write-phase.ts';

export interface ReprocessOptions {
  db: Database;
  config: Config;
  logger: Logger;
  since?: string;
  beforeTask?: TaskHooks['beforeTask'];
}

/**
 * Rebuilds staging and the warehouse from what raw holds, day by day in date
 * order, in one transaction, with no GitHub call.
 */
export async function runReprocess(options: ReprocessOptions): Promise<{ runId: string; dates: string[] }> {
  const { db, config, logger } = options;
  const days = await listLandedDays(db.pool, options.since);
  const first = days[0]?.snapshot_date;
  const last = days.at(-1)?.snapshot_date;
  if (!first || !last) {
    throw new UserFacingError(
      `raw holds no GitHub data${options.since ? ` since ${options.since}` : ''}; nothing to reprocess.`,
      'Run `gitpulse ingest` first, or pick an earlier --since (raw keeps retention.raw_days days).',
      2,
    );
  }
  const result = await withRecordedRun(
    { db, logger, kind: 'reprocess', date: first, runDate: last, hooks: { beforeTask: options.beforeTask } },
    async ({ runId, tree, recordSuccess }) => {
      await db.transaction(async (tx) => {
        for (const day of days) {
          await tree.task(`day:${day.snapshot_date}`, async (t) => {
            const blueprints = await readLandedBlueprints(tx, day.snapshot_date);
            // The day's runs found these gone: rebuilding the day ends their versions again.
            const gone = await listGoneOn(tx, day.snapshot_date);
            const collection = { ...emptyCollection(), blueprints, gone };
            await writePhase(
              tx,
              {
                runId,
                date: day.snapshot_date,
                asOf: asOfFor(day.snapshot_date),
                config,
                collection,
                land: false,
                rawRunIds: day.run_ids,
              },
              t,
            );
          });
        }
        await recordSuccess(tx, 0);
      });
      return { runId, reposProcessed: 0 };
    },
  );
  logger.info({ runId: result.runId, days: days.length }, 'reprocessed raw into staging and warehouse');
  return { runId: result.runId, dates: days.map((d) => d.snapshot_date) };
}
