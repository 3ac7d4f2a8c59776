import { beforeAll, describe, expect, it } from 'vitest';
import { readCompanies } from '../../src/analytics/companies.ts';
import { readLanguages, readTrending } from '../../src/analytics/rankings.ts';
import type { Database, Queryable, WarehouseClient } from '../../src/db/database.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { replayedWarehouse } from '../support/pipeline-fixture.ts';

const keep = closeAfterAll();
let db: Database;
beforeAll(async () => {
  ({ db } = await replayedWarehouse(keep, ['2026-08-01', '2026-08-02', '2026-08-09']));
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

describe('one definition per list (analytics.trending_positions, migration 0025)', () => {
  const lists = [
    { window: '1d', rising: false, scope: '*' },
    { window: 'momentum', rising: true, scope: '*' },
    { window: '7d', rising: false, scope: 'go' },
  ];
  for (const list of lists) {
    it(`${JSON.stringify(list)}: the window's measure, then momentum, stars and name, computed here from the facts`, async () => {
      const { rows: facts } = await db.pool.query(
        `SELECT f.github_id, f.star_velocity, f.star_velocity_7d, f.momentum_score::float AS momentum, f.stars,
                dr.repo_full_name AS name, lower(dl.language_name) AS language,
                dr.created_at >= f.snapshot_date - 30 AS young
         FROM warehouse.fact_repo_snapshots f
         JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
         LEFT JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
         WHERE f.snapshot_date = '2026-08-09'`,
      );
      const measure = (r: (typeof facts)[number]) =>
        list.window === '1d' ? r.star_velocity : list.window === '7d' ? r.star_velocity_7d : r.momentum;
      // DESC NULLS LAST, as the SQL says
      const desc = (a: number | null, b: number | null) =>
        a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;
      const expected = facts
        .filter((r) => (list.scope === '*' || r.language === list.scope) && (!list.rising || r.young))
        .sort(
          (a, b) =>
            desc(measure(a), measure(b)) ||
            desc(a.momentum, b.momentum) ||
            b.stars - a.stars ||
            (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
        )
        .map((r, i) => ({ position: i + 1, github_id: r.github_id }));
      const { rows: defined } = await db.pool.query(
        `SELECT position, github_id FROM analytics.trending_positions
         WHERE snapshot_date = '2026-08-09' AND list_window = $1 AND rising = $2 AND scope = $3 ORDER BY position`,
        [list.window, list.rising, list.scope],
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(defined).toEqual(expected);
    });
  }
});

async function liveCount(): Promise<number> {
  const { rows } = await db.pool.query(
    "SELECT count(*)::int AS n FROM warehouse.fact_repo_snapshots WHERE snapshot_date = '2026-08-09'",
  );
  return rows[0].n;
}
