import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import { createImportProgress } from '../log/import-progress.ts';
import { type EventsImportResult, runEventsImport } from '../pipeline/run-events-import.ts';
import type { CommandContext } from './command-context.ts';

/** runEventsImport with the command's settings and a progress bar on a terminal (`events import`, `start`). */
export async function importHoursWithProgress(
  { db, config, logger }: CommandContext,
  clickhouse: ClickHouse,
  request: { baseUrl: string; hours: Date[]; onlyTracked?: boolean },
): Promise<EventsImportResult> {
  const progress = createImportProgress(request.hours.length);
  try {
    return await runEventsImport({
      db,
      clickhouse,
      logger,
      ...request,
      batchSize: config.events.batch_size,
      onProgress: progress.update,
    });
  } finally {
    progress.stop();
  }
}
