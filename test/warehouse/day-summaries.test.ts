import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCompanies } from '../../src/analytics/companies.ts';
import { readLanguages, readTrending } from '../../src/analytics/rankings.ts';
import type { Database, Queryable, WarehouseClient } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay } from '../support/pipeline-fixture.ts';

let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  db = await createFreshDatabase();
  replay = await startTestReplay();
  for (const day of ['2026-08-01', '2026-08-02', '2026-08-09']) await ingestDay(db, replay, day);
});
afterAll(async () => {
  await replay?.close();
  await db?.close();
});

/** The answers the API gives when the day has no precomputed lists: the live queries over the facts. */
async function withoutSummary<T>(read: (db: Queryable) => Promise<T>): Promise<T> {
  const client = (await db.pool.connect()) as WarehouseClient; // a warehouse connection held by hand
  try {
    await client.query('BEGIN');
    await client.query("DELETE FROM warehouse.day_summaries WHERE snapshot_date = '2026-08-09'");
    return await read(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('each day’s lists, computed in the write transaction', () => {
  it('the run computes trending lists, language and company totals for its day', async () => {
    const { rows } = await db.pool.query(
      `SELECT s.snapshot_date::text, s.trending_depth,
              (SELECT count(*)::int FROM warehouse.day_trending_lists t WHERE t.snapshot_date = s.snapshot_date) AS lists,
              (SELECT count(*)::int FROM warehouse.day_language_totals t WHERE t.snapshot_date = s.snapshot_date) AS languages,
              (SELECT count(*)::int FROM warehouse.day_company_totals t WHERE t.snapshot_date = s.snapshot_date) AS companies
       FROM warehouse.day_summaries s ORDER BY 1`,
    );
    expect(rows.map((r) => r.snapshot_date)).toEqual(['2026-08-01', '2026-08-02', '2026-08-09']);
    for (const row of rows) {
      expect(row.lists).toBeGreaterThan(100);
      expect(row.languages).toBeGreaterThan(1);
      expect(row.companies).toBe(2);
    }
  });

  const pages = [
    { window: 'momentum', rising: false, limit: 25, offset: 0 },
    { window: '1d', rising: false, limit: 50, offset: 10 },
    { window: '7d', rising: false, limit: 100, offset: 0 },
    { window: '7d', rising: true, limit: 25, offset: 0 },
    { language: 'rust', window: 'momentum', rising: false, limit: 20, offset: 5 },
    { language: 'Go', window: '1d', rising: true, limit: 25, offset: 0 },
  ];
  for (const page of pages) {
    it(`trending ${JSON.stringify(page)} reads the precomputed list and equals the live query`, async () => {
      const precomputed = await readTrending(db.pool, page);
      const live = await withoutSummary((q) => readTrending(q, page));
      expect(precomputed.length).toBeGreaterThan(0);
      expect(precomputed).toEqual(live);
    });
  }

  it('the API reads the precomputed rows, not the facts', async () => {
    const client = (await db.pool.connect()) as WarehouseClient; // a warehouse connection held by hand
    try {
      await client.query('BEGIN');
      await client.query(
        "UPDATE warehouse.day_trending_lists SET repo_full_name = 'marked/row' WHERE snapshot_date = '2026-08-09' AND list_window = 'momentum' AND scope = '*' AND NOT rising AND position = 1",
      );
      await client.query(
        "UPDATE warehouse.day_language_totals SET repos = 999999 WHERE snapshot_date = '2026-08-09' AND language_name = 'Go'",
      );
      const page = { window: 'momentum', rising: false, limit: 5, offset: 0 };
      expect((await readTrending(client, page))[0]?.repo_full_name).toBe('marked/row');
      expect((await readLanguages(client))[0]).toMatchObject({ language_name: 'Go', repos: 999999 });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('a page past the precomputed depth falls back to the live query', async () => {
    const page = { window: 'momentum', rising: false, limit: 25, offset: 90 };
    const { rows } = await db.pool.query(
      "SELECT count(*)::int AS n FROM warehouse.day_trending_lists WHERE snapshot_date = '2026-08-09' AND list_window = 'momentum' AND scope = '*' AND NOT rising",
    );
    const answer = await readTrending(db.pool, page);
    expect(answer.length).toBe(Math.min(25, Math.max(0, (await liveCount()) - 90)));
    expect(rows[0].n).toBe(100);
  });

  it('language and company totals equal the live aggregates', async () => {
    expect(await readLanguages(db.pool)).toEqual(await withoutSummary(readLanguages));
    const companies = await readCompanies(db.pool);
    expect(companies.length).toBe(2);
    expect(companies).toEqual(await withoutSummary(readCompanies));
  });
});

async function liveCount(): Promise<number> {
  const { rows } = await db.pool.query(
    "SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots WHERE snapshot_date = '2026-08-09'",
  );
  return rows[0].n;
}
