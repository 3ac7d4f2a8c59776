import { createBackfillProgress } from '../log/backfill-progress.ts';
import { listIngestedDates } from '../ops/workflow-runs.ts';
import { type IngestOptions, type RunSummary, runIngest } from './run-ingest.ts';

export interface BackfillOptions extends Omit<IngestOptions, 'date' | 'progress'> {
  /** The days to ingest, oldest first. */
  days: string[];
  /** Skip days that already have a committed ingest (a replay's days never change). */
  skipIngested: boolean;
  /** Moves the GitHub being read to the day before its run (the offline replay's clock). */
  beforeDay?: (day: string) => void;
  /** After each committed day: how many of the pending days are done. */
  afterDay?: (done: number, pending: number, day: string) => void;
}

/** One ingest per day, in order; stops at the first failed day (which is recorded). */
export async function runBackfill(options: BackfillOptions): Promise<RunSummary[]> {
  const { days, skipIngested, beforeDay, afterDay, ...ingest } = options;
  const done = skipIngested ? await listIngestedDates(ingest.db.pool) : new Set<string>();
  const pending = days.filter((day) => !done.has(day));
  if (pending.length < days.length)
    ingest.logger.info({ skipped: days.length - pending.length }, 'days already ingested');
  const progress = createBackfillProgress(pending.length);
  const summaries: RunSummary[] = [];
  try {
    for (const [index, day] of pending.entries()) {
      beforeDay?.(day);
      if (!progress) ingest.logger.info(`ingesting ${day} (${index + 1}/${pending.length})`);
      summaries.push(await runIngest({ ...ingest, date: day, progress: !progress }));
      progress?.dayDone(index + 1, day);
      afterDay?.(index + 1, pending.length, day);
    }
  } finally {
    progress?.stop();
  }
  return summaries;
}
