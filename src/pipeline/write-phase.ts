import type { Config } from '../config/config-schema.ts';
import type { WarehouseClient } from '../db/database.ts';
import { raiseStarAlerts } from '../ops/alerts/alerts.ts';
import { checkDataQuality, type QualityResult } from '../ops/data-quality.ts';
import { recordGoneRepositories } from '../ops/gone-repositories.ts';
import { saveHttpCacheEntries } from '../ops/http-cache-entries.ts';
import { advanceIngestionState } from '../ops/ingestion-state.ts';
import { settleTrackingRequests } from '../ops/tracking/tracking-requests.ts';
import { landCollection } from '../raw/land-collection.ts';
import type { HttpCache } from '../sources/github/client/http-cache.ts';
import { stageCollection } from '../staging/stage-collection.ts';
import { summarizeDay } from '../warehouse/day-summaries/summarize-day.ts';
import { modelDelivery } from '../warehouse/delivery/model-delivery.ts';
import { modelWarehouse } from '../warehouse/model-warehouse.ts';
import { modelCollectedPulls } from '../warehouse/pull-requests/model-collected-pulls.ts';
import { modelStarHistory } from '../warehouse/star-history/star-history.ts';
import { applyRetention } from './apply-retention.ts';
import type { Collection } from './collection.ts';
import type { Task } from './task-tree.ts';

export interface WriteInput {
  runId: string;
  date: string;
  asOf: string;
  config: Config;
  collection: Collection;
  httpCache?: HttpCache;
  /** Skip landing (reprocess: raw already holds the day's rows)... */
  land?: boolean;
  /** ...landed by these runs. */
  rawRunIds?: string[];
}

export interface WriteResult {
  reposProcessed: number;
  /** Tracked repositories recorded gone from GitHub by this write (README "Sources"). */
  reposGone: string[];
  quality: QualityResult[];
}

/** The steps writePhase runs, in order (land_raw only when it lands). */
export const WRITE_STEPS = [
  'land_raw',
  'stage',
  'record_gone',
  'model_warehouse',
  'model_star_history',
  'summarize_day',
  'settle_tracking',
  'model_pull_requests',
  'model_delivery',
  'advance_state',
  'retention',
  'data_quality',
  'raise_alerts',
] as const;

export const plannedWriteTasks = (land: boolean) => WRITE_STEPS.length - (land ? 0 : 1);

/**
 * Phase 3: raw → staging → warehouse → scores → state → retention → quality,
 * all on one client inside the caller's transaction.
 */
export async function writePhase(
  client: WarehouseClient,
  input: WriteInput,
  task: Task,
): Promise<WriteResult> {
  const run = { runId: input.runId, date: input.date, rawRunIds: input.rawRunIds };
  const step = <T>(name: (typeof WRITE_STEPS)[number], fn: (t: Task) => Promise<T>) => task.task(name, fn);

  if (input.land !== false) {
    await step('land_raw', async (t) => {
      const counts = await landCollection(client, input.collection, run);
      for (const [key, value] of Object.entries(counts)) t.count(key, value);
      t.count('httpCache', await saveHttpCacheEntries(client, input.httpCache?.changes() ?? []));
    });
  }
  const staged = await step('stage', async (t) => {
    const counts = await stageCollection(client, run, input.collection.blueprints);
    for (const [key, value] of Object.entries(counts)) t.count(key, value);
    return counts;
  });
  // Named from their current versions, which model_warehouse then ends.
  const gone = input.collection.gone;
  const reposGone = await step('record_gone', async (t) => {
    const recorded = await recordGoneRepositories(client, run, gone);
    t.count('gone', recorded.length);
    return recorded;
  });
  const goneNodeIds = gone.map((g) => g.nodeId);
  await step('model_warehouse', (t) =>
    modelWarehouse(client, { ...run, asOf: input.asOf, orgs: input.config.orgs, goneNodeIds }, (name, fn) =>
      t.task(name, async (s) => {
        const rows = await fn();
        s.count('rows', rows);
        return rows;
      }),
    ),
  );
  await step('model_star_history', async (t) => {
    const counts = await modelStarHistory(client, run, input.collection.starHistoryNotModified);
    for (const [key, value] of Object.entries(counts)) t.count(key, value);
  });
  await step('summarize_day', async (t) => {
    const counts = await summarizeDay(client, input.date);
    for (const [key, value] of Object.entries(counts)) t.count(key, value);
  });
  await step('settle_tracking', async (t) => {
    const settled = await settleTrackingRequests(
      client,
      input.collection.notFound,
      input.collection.movedNames,
    );
    t.count('tracked', settled.tracked);
    t.count('not_found', settled.not_found);
  });
  await step('model_pull_requests', async (t) => {
    const modelled = await modelCollectedPulls(client, input.rawRunIds ?? [input.runId], input.date);
    t.count('pulls', modelled.pulls);
    if (modelled.skipped > 0) t.count('skipped_unreadable', modelled.skipped);
  });
  // After the PRs: the delivery views join deployments to PRs by merge commit. Reprocess
  // comes through here too, so it rebuilds delivery from the raw days it replays.
  await step('model_delivery', async (t) => {
    const counts = await modelDelivery(
      client,
      { rawRunIds: input.rawRunIds ?? [input.runId], date: input.date },
      input.config.delivery,
    );
    for (const [key, value] of Object.entries(counts)) if (value > 0) t.count(key, value);
  });
  await step('advance_state', async (t) =>
    t.count('sources', await advanceIngestionState(client, input.runId, input.collection.state)),
  );
  await step('retention', async (t) => {
    const deleted = await applyRetention(client, input.date, input.config.retention);
    for (const [key, value] of Object.entries(deleted)) t.count(`deleted_${key}`, value);
  });
  const quality = await step('data_quality', async (t) => {
    const results = await checkDataQuality(client, input.runId, input.date);
    t.count('passed', results.filter((r) => r.passed).length);
    t.count('failed', results.filter((r) => !r.passed).length);
    return results;
  });
  await step('raise_alerts', async (t) =>
    t.count('alerts', await raiseStarAlerts(client, input.date, input.config.alerts.rules)),
  );
  return { reposProcessed: staged.validated, reposGone, quality };
}
