import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Database } from '../db/database.ts';
import { importGharchiveChunk } from '../events/import-gharchive-chunk.ts';
import type { Logger } from '../log/logger.ts';
import {
  finishGhArchiveHour,
  type HourOutcome,
  listSucceededGhArchiveHours,
  saveGhArchiveRejects,
  startGhArchiveHour,
} from '../ops/gharchive-hours.ts';
import { hourFileUrl, hourLabel } from '../sources/gharchive/hour-files.ts';
import { type HourChunk, type HourFileStats, readHourFile } from '../sources/gharchive/read-hour-file.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { readTrackedRepos } from '../warehouse/tracked-repos.ts';

export interface EventsImportOptions {
  db: Database;
  clickhouse: ClickHouse;
  logger: Logger;
  baseUrl: string;
  hours: Date[];
  /** Keep only events of repositories the warehouse tracks. */
  onlyTracked?: boolean;
  /** Lines of an hour file the events store reads at once (config events.batch_size). */
  batchSize: number;
  /** Called after every chunk and hour: for progress bars. */
  onProgress?: (progress: { hour: string; hoursDone: number; events: number }) => void;
}

export interface EventsImportResult {
  imported: { hour: string; events: number; rejected: number; skipped: number }[];
  skippedHours: number;
  failed: { hour: string; error: string }[];
  events: number;
  seconds: number;
}

/**
 * Imports GH Archive hours into the events store, one hour file at a time,
 * streamed in chunks of lines that the engine reads and maps itself
 * (src/events/import-gharchive-chunk.ts). The ledger in ops.gharchive_hours
 * makes it resumable: hours that succeeded are skipped, an hour cut off by a
 * crash is imported again whole (the store drops the events it already
 * holds). A file that cannot be read fails its hour with the reason; the
 * other hours go on.
 */
export async function runEventsImport(options: EventsImportOptions): Promise<EventsImportResult> {
  const { db, clickhouse, logger, hours } = options;
  if (clickhouse.kind !== 'chdb') {
    // The engine reads each chunk with file(): a server would look for it on its own disk.
    throw new UserFacingError(
      `gitpulse events import loads GH Archive hours through the embedded engine, and the events store is the ClickHouse server at ${clickhouse.location}.`,
      'Import with the embedded store (unset CLICKHOUSE_URL), or load the hour files on the server with INSERT … SELECT FROM file(…) (README "Events store").',
      2,
    );
  }
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
    // One chunk is read by the engine while the next one is unpacked.
    let importing: Promise<void> = Promise.resolve();
    const importChunk = async (chunk: HourChunk) => {
      const imported = await importGharchiveChunk(clickhouse, chunk, tracked);
      await rm(chunk.path, { force: true });
      await saveGhArchiveRejects(db.pool, hour, imported.rejects);
      outcome.events += imported.events;
      outcome.skipped += imported.skipped;
      outcome.rejected += imported.rejects.length;
      result.events += imported.events;
      options.onProgress?.({ hour: label, hoursDone, events: result.events });
    };
    const dir = await mkdtemp(join(tmpdir(), 'gitpulse-hour-'));
    try {
      for await (const chunk of readHourFile(url, stats, { dir, linesPerChunk: options.batchSize })) {
        await importing;
        importing = importChunk(chunk);
        // A failed chunk fails the hour at the next chunk or at the end, not as an unhandled rejection.
        importing.catch(() => {});
      }
      await importing;
      result.imported.push({
        hour: label,
        events: outcome.events,
        rejected: outcome.rejected,
        skipped: outcome.skipped,
      });
    } catch (error) {
      await importing.catch(() => {});
      outcome.status = 'failed';
      outcome.error = (error as Error).message;
      result.failed.push({ hour: label, error: outcome.error });
      logger.error({ hour: label, err: outcome.error }, 'GH Archive hour failed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    outcome.bytes = stats.bytes;
    outcome.checksum = stats.checksum;
    await finishGhArchiveHour(db.pool, hour, outcome);
    options.onProgress?.({ hour: label, hoursDone: ++hoursDone, events: result.events });
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
