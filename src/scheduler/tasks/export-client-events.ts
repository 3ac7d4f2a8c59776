import { clientEventsExported, runClientEventsExport } from '../../pipeline/run-client-events-export.ts';
import { hasStaleClientEvents } from '../../raw/client-events.ts';
import type { JobTask } from '../job-task.ts';

/** Seconds a stored client event may wait before the sweep queues the copy again. */
const STALE_SECONDS = 30;

/**
 * Copies the client events POST /api/events stored into the events store.
 * Queued by each POST that stored something, at start, and by the sweep when
 * events waited (the store was down, or a server stopped before copying).
 */
export const exportClientEvents: JobTask = {
  name: 'export_client_events',
  wanted: ({ clickhouse }) => clickhouse !== undefined,
  atStart: true,
  sweep: {
    everySeconds: STALE_SECONDS,
    due: async ({ db }) => hasStaleClientEvents(db.pool, await clientEventsExported(db), STALE_SECONDS),
  },
  async run({ db, clickhouse }) {
    if (clickhouse) await runClientEventsExport(db, clickhouse);
  },
};
