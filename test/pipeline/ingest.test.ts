import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { runReprocess } from '../../src/pipeline/run-reprocess.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { ingestDay, replayedWarehouse, rowCounts, testConfig } from '../support/pipeline-fixture.ts';
import { sharedDataset, silentLogger } from '../support/replay-client.ts';

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep));
});

const starsOn = (githubId: number, date: string) => sharedDataset().pointAt(githubId, date)?.stars;

describe('pipeline run on the replay', () => {
  it('lands raw, stages, models and snapshots the day with the real star counts', async () => {
    const summary = await ingestDay(db, replay, '2026-08-01');
    expect(summary.quality.every((check) => check.passed)).toBe(true);
    expect(summary.github.graphqlPoints).toBeGreaterThan(0);

    const { rows } = await db.pool.query<{ github_id: number; stars: number; snapshot_date: string }>(
      `SELECT d.github_id, t.stars, t.snapshot_date FROM analytics.trending_repos_current t
       JOIN warehouse.dim_repositories d ON d.repo_full_name = t.repo_full_name AND d.is_current`,
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.snapshot_date).toBe('2026-08-01');
      expect(row.stars, String(row.github_id)).toBe(starsOn(row.github_id, '2026-08-01'));
    }
    const counts = await rowCounts(db);
    expect(counts['raw.github_repos']).toBeGreaterThan(0);
    expect(counts['raw.github_pulls']).toBe(3);
    // The pulls source feeds the PR flow model too, with a risk insight per PR head commit.
    expect(counts['warehouse.pull_requests']).toBe(3);
    expect(counts['warehouse.pipeline_runs']).toBe(3);
    expect(counts['warehouse.insights']).toBe(3);
    const insight = await db.pool.query('SELECT risk_level, factors FROM warehouse.insights LIMIT 1');
    expect(['low', 'medium', 'high']).toContain(insight.rows[0].risk_level);
    expect(insight.rows[0].factors.length).toBeGreaterThan(0);
    expect(counts['staging.rejects']).toBeGreaterThanOrEqual(0);
    expect(counts['warehouse.fact_language_snapshots']).toBeGreaterThan(0);
    expect(counts['warehouse.bridge_repo_render_services']).toBeGreaterThan(0);
    const render = await db.pool.query('SELECT * FROM analytics.render_showcase');
    expect(render.rows.length).toBeGreaterThan(0);
    expect(render.rows[0].service_types.length).toBeGreaterThan(0);
    const companies = await db.pool.query(
      'SELECT company_name, repo_count FROM analytics.company_total_stars',
    );
    expect(companies.rows.map((r) => r.company_name).sort()).toEqual(['google', 'microsoft']);
  });

  it('keeps rejected repositories out of the warehouse', async () => {
    const rejectedInWarehouse = await db.pool.query(
      `SELECT count(*)::int AS n FROM staging.rejects r
       JOIN warehouse.dim_repositories d ON d.repo_full_name = r.repo_full_name`,
    );
    expect(rejectedInWarehouse.rows[0].n).toBe(0);
  });

  it('advances ingestion state only with the committed run', async () => {
    const { rows } = await db.pool.query('SELECT source, cursor FROM ops.ingestion_state ORDER BY source');
    expect(rows.map((r) => r.source)).toEqual(
      expect.arrayContaining([
        'orgs:microsoft',
        'orgs:google',
        'trending',
        'render',
        'languages',
        'pulls:rust-lang/rust',
      ]),
    );
    expect(rows.find((r) => r.source === 'orgs:microsoft')?.cursor.newestUpdate).toMatch(/^2026-0[5-8]-/);
  });

  it('a second day gives growth, velocities and carried-forward org repositories', async () => {
    await ingestDay(db, replay, '2026-08-02');
    const growth = await db.pool.query<{
      github_id: number;
      stars: number;
      previous_stars: number;
      daily_growth: number;
    }>(
      `SELECT github_id, stars, previous_stars, daily_growth FROM analytics.repo_daily_growth
       WHERE snapshot_date = '2026-08-02' AND previous_stars IS NOT NULL`,
    );
    expect(growth.rows.length).toBeGreaterThan(50);
    for (const row of growth.rows) expect(row.daily_growth).toBe(row.stars - row.previous_stars);
    const velocity = await db.pool.query(
      `SELECT count(*) FILTER (WHERE star_velocity IS NOT NULL)::int AS with_velocity,
              count(*) FILTER (WHERE is_carried_forward)::int AS carried,
              min(momentum_score)::float AS lo, max(momentum_score)::float AS hi, count(*)::int AS n
       FROM warehouse.fact_repo_snapshots WHERE snapshot_date = '2026-08-02'`,
    );
    expect(velocity.rows[0].with_velocity).toBe(velocity.rows[0].n);
    expect(velocity.rows[0].lo).toBeGreaterThanOrEqual(0);
    expect(velocity.rows[0].hi).toBeLessThanOrEqual(1);
    const perDay = await db.pool.query(
      `SELECT snapshot_date, count(*)::int AS n FROM warehouse.fact_repo_snapshots GROUP BY 1 ORDER BY 1`,
    );
    expect(perDay.rows[1].n).toBeGreaterThanOrEqual(perDay.rows[0].n);
  });

  it('re-running the same date changes no staging or warehouse row counts', async () => {
    const before = await rowCounts(db);
    await ingestDay(db, replay, '2026-08-02');
    const after = await rowCounts(db);
    const layers = (counts: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(counts).filter(
          ([name]) =>
            // A re-run reads the next pages of unfinished star history backfills: new days, not copies.
            !name.includes('star_history') &&
            (name.startsWith('staging.') ||
              name.startsWith('warehouse.') ||
              name === 'ops.ingestion_state') &&
            name !== 'warehouse.fact_workflow_runs',
        ),
      );
    expect(layers(after)).toEqual(layers(before));
    expect(after['warehouse.fact_star_history'] ?? 0).toBeGreaterThanOrEqual(
      before['warehouse.fact_star_history'] ?? 0,
    );
    expect(after['warehouse.fact_workflow_runs']).toBe((before['warehouse.fact_workflow_runs'] ?? 0) + 1);
  });

  it('closes and reopens a dimension version when the description changes (SCD type 2)', async () => {
    const target = await db.pool.query<{ github_id: number; description: string }>(
      `SELECT github_id, description FROM warehouse.dim_repositories
       WHERE is_current AND repo_full_name = 'rust-lang/rust'`,
    );
    const { github_id, description } = target.rows[0] as { github_id: number; description: string };
    // As if the description on GitHub had been something else until now.
    await db.pool.query(
      `UPDATE warehouse.dim_repositories SET description = 'an older description' WHERE github_id = $1 AND is_current`,
      [github_id],
    );
    await ingestDay(db, replay, '2026-08-03');
    const versions = await db.pool.query(
      `SELECT description, is_current, valid_from, valid_to FROM warehouse.dim_repositories
       WHERE github_id = $1 ORDER BY valid_from`,
      [github_id],
    );
    expect(versions.rows.map((v) => [v.description, v.is_current])).toEqual([
      ['an older description', false],
      [description, true],
    ]);
    expect(versions.rows[0].valid_to).toEqual(versions.rows[1].valid_from);
    // Facts keep one row per repository per day across versions.
    const days = await db.pool.query(
      'SELECT count(*)::int AS n, count(DISTINCT snapshot_date)::int AS d FROM warehouse.fact_repo_snapshots WHERE github_id = $1',
      [github_id],
    );
    expect(days.rows[0]).toEqual({ n: 3, d: 3 });
  });

  it('reprocess rebuilds staging and warehouse from raw with no GitHub call and the same facts', async () => {
    const facts = `SELECT github_id, snapshot_date, stars, forks, open_issues, star_velocity, star_velocity_7d,
                          activity_score, momentum_score, rank_overall, rank_in_language
                   FROM warehouse.fact_repo_snapshots ORDER BY snapshot_date, github_id`;
    const before = (await db.pool.query(facts)).rows;
    const requestsBefore = replay.stats.requests;
    await db.pool.query('TRUNCATE staging.repos_validated, staging.repo_languages, staging.render_services');
    const result = await runReprocess({ db, config: testConfig, logger: silentLogger });
    expect(result.dates).toEqual(['2026-08-01', '2026-08-02', '2026-08-03']);
    expect(replay.stats.requests).toBe(requestsBefore);
    expect((await db.pool.query(facts)).rows).toEqual(before);
    const staged = await db.pool.query('SELECT count(*)::int AS n FROM staging.repos_validated');
    expect(staged.rows[0].n).toBeGreaterThan(0);
  });
});
