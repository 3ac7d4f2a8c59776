import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Database } from '../db/database.ts';
import { type EventRow, parseGhArchiveLine } from '../events/event-row.ts';
import { insertEvents } from '../events/insert-events.ts';
import type { Logger } from '../log/logger.ts';
import {
  finishGhArchiveHour,
  type HourOutcome,
  listSucceededGhArchiveHours,
  type RejectedLine,
  saveGhArchiveRejects,
  startGhArchiveHour,
} from '../ops/gharchive-hours.ts';
import { hourFileUrl, hourLabel } from '../sources/gharchive/hour-files.ts';
import { type HourFileStats, readHourFile } from '../sources/gharchive/read-hour-file.ts';
import { readTrackedRepos } from '../warehouse/tracked-repos.ts';

export interface EventsImportOptions {
  db: Database;
  clickhouse: ClickHouse;
  logger: Logger;
  baseUrl: string;
  hours: Date[];
  /** Keep only events of repositories the warehouse tracks. */
  onlyTracked?: boolean;
  batchSize: number;
  /** Called after every batch and hour: for progress bars. */
  onProgress?: (progress: { hour: string; hoursDone: number; events: number }) => void;
}

export interface EventsImportResult {
  imported: { hour: string; events: number; rejected: number; skipped: number }[];
  skippedHours: number;
  failed: { hour: string; error: string }[];
  events: number;
  seconds: number;
}

const REJECT_BATCH = 1000;

/**
 * Imports GH Archive hours into the events store, one hour file at a time,
 * streamed in batches. The ledger in ops.gharchive_hours makes it resumable:
 * hours that succeeded are skipped, an hour cut off by a crash is imported
 * again whole (the store drops the events it already holds). A file that
 * cannot be read fails its hour with the reason; the other hours go on.
 */
export async function runEventsImport(options: EventsImportOptions): Promise<EventsImportResult> {
  const { db, clickhouse, logger, hours } = options;
  const started = Date.now();
  const first = hours[0];
  const last = hours.at(-1);
  const done = first && last ? await listSucceededGhArchiveHours(db.pool, first, last) : new Set<number>();
  const tracked = options.onlyTracked
    ? new Set(Array.from(await readTrackedRepos(db.pool), (repo) => repo.githubId))
    : undefined;
  const result: EventsImportResult = { imported: [], skippedHours: 0, failed: [], events: 0, seconds: 0 };
  let hoursDone = 0;
  for (const hour of hours) {
    const label = hourLabel(hour);
    if (done.has(hour.getTime())) {
      result.skippedHours++;
      options.onProgress?.({ hour: label, hoursDone: ++hoursDone, events: result.events });
      continue;
    }
    const url = hourFileUrl(options.baseUrl, hour);
    await startGhArchiveHour(db.pool, hour, url);
    const stats: HourFileStats = { bytes: 0, checksum: null };
    const outcome: HourOutcome = {
      status: 'succeeded',
      events: 0,
      rejected: 0,
      skipped: 0,
      bytes: 0,
      checksum: null,
      error: null,
    };
    let batch: EventRow[] = [];
    let rejects: RejectedLine[] = [];
    // One batch is written while the next is read: the engine and the parser work at once.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const rows = batch;
      const lines = rejects;
      batch = [];
      rejects = [];
      await writing;
      writing = (async () => {
        await insertEvents(clickhouse, rows);
        await saveGhArchiveRejects(db.pool, hour, lines);
        outcome.events += rows.length;
        result.events += rows.length;
        options.onProgress?.({ hour: label, hoursDone, events: result.events });
      })();
      // A failed write fails the hour at the next flush or at the end, not as an unhandled rejection.
      writing.catch(() => {});
    };
    try {
      for await (const { line, lineNumber } of readHourFile(url, stats)) {
        const parsed = parseGhArchiveLine(line);
        if ('reason' in parsed) {
          outcome.rejected++;
          rejects.push({ lineNumber, reason: parsed.reason, line });
          if (rejects.length >= REJECT_BATCH) await saveGhArchiveRejects(db.pool, hour, rejects.splice(0));
        } else if (tracked && !tracked.has(parsed.row.repo_id)) {
          outcome.skipped++;
        } else {
          batch.push(parsed.row);
          if (batch.length >= options.batchSize) await flush();
        }
      }
      await flush();
      await writing;
      result.imported.push({
        hour: label,
        events: outcome.events,
        rejected: outcome.rejected,
        skipped: outcome.skipped,
      });
    } catch (error) {
      await writing.catch(() => {});
      outcome.status = 'failed';
      outcome.error = (error as Error).message;
      result.failed.push({ hour: label, error: outcome.error });
      logger.error({ hour: label, err: outcome.error }, 'GH Archive hour failed');
    }
    outcome.bytes = stats.bytes;
    outcome.checksum = stats.checksum;
    await finishGhArchiveHour(db.pool, hour, outcome);
    options.onProgress?.({ hour: label, hoursDone: ++hoursDone, events: result.events });
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
