import { describe, expect, it } from 'vitest';
import { startJobWorker } from '../../src/scheduler/start-job-worker.ts';
import { freshDatabaseBeforeAll } from '../support/fresh-database.ts';
import { silentLogger } from '../support/replay-client.ts';

const db = freshDatabaseBeforeAll();

describe('scheduler on the Postgres job queue', () => {
  it('runs a queued ingest exactly once across two serving instances', async () => {
    let runs = 0;
    let finished: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      finished = resolve;
    });
    const ingest = async () => {
      runs++;
      finished();
    };
    const a = await startJobWorker({
      databaseUrl: db().url,
      schedules: [{ task: 'ingest', cron: '0 2 * * *' }],
      logger: silentLogger,
      tasks: { ingest },
    });
    const b = await startJobWorker({
      databaseUrl: db().url,
      schedules: [{ task: 'ingest', cron: '0 2 * * *' }],
      logger: silentLogger,
      tasks: { ingest },
    });
    try {
      await a.addJob('ingest', {}, { jobKey: 'gitpulse-scheduled-ingest' });
      await done;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(runs).toBe(1);
      const cron = await db().pool.query(
        'SELECT count(*)::int AS n FROM graphile_worker._private_known_crontabs',
      );
      expect(cron.rows[0].n).toBe(1);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
