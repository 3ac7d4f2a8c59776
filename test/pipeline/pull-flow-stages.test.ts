import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay } from '../support/pipeline-fixture.ts';
import { sharedDataset } from '../support/replay-client.ts';

// A repository of a language the config does not track, of no tracked org: the warehouse never snapshots it.
const untracked = sharedDataset().repos.find(
  (r) => r.language === 'Java' && !['microsoft', 'google'].includes(r.owner),
)?.fullName as string;
const config = configSchema.parse({
  orgs: [],
  languages: ['Rust'],
  trending: { top_per_language: 5, rising_per_language: 0 },
  render: { enabled: false },
  pulls: { repos: ['rust-lang/rust', untracked], max_per_repo: 40 },
});

let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  db = await createFreshDatabase();
  replay = await startTestReplay();
  for (const day of ['2026-08-01', '2026-08-05']) await ingestDay(db, replay, day, { config });
});
afterAll(async () => {
  await replay?.close();
  await db?.close();
});

describe('PR flow from the pulls source', () => {
  it('models the PRs of a repository in pulls.repos that the warehouse does not track', async () => {
    expect(untracked).toBeTruthy();
    const dim = await db.pool.query('SELECT 1 FROM warehouse.dim_repositories WHERE repo_full_name = $1', [
      untracked,
    ]);
    expect(dim.rows).toEqual([]);
    const prs = await db.pool.query(
      'SELECT count(*)::int AS n FROM warehouse.pull_requests p JOIN warehouse.repositories r ON r.id = p.repo_id WHERE r.full_name = $1',
      [untracked],
    );
    const landed = await db.pool.query(
      "SELECT count(DISTINCT pr_number)::int AS n FROM raw.github_pulls WHERE repo_full_name = $1 AND snapshot_date = '2026-08-05'",
      [untracked],
    );
    expect(landed.rows[0].n).toBeGreaterThan(0);
    expect(prs.rows[0].n).toBeGreaterThanOrEqual(landed.rows[0].n);
  });

  it('fills every stage: merged PRs are built and approved, none left pending', async () => {
    const stages = await db.pool.query(
      `SELECT pr.status_build, pr.status_approval, count(*)::int AS n
       FROM warehouse.pipeline_runs pr WHERE pr.status_merge = 'merged' GROUP BY 1, 2`,
    );
    expect(stages.rows.length).toBeGreaterThan(0);
    expect(stages.rows).toEqual([
      { status_build: 'passed', status_approval: 'passed', n: expect.any(Number) },
    ]);
    const closedUnmerged = await db.pool.query(
      "SELECT DISTINCT status_build FROM warehouse.pipeline_runs WHERE status_merge = 'failed'",
    );
    expect(closedUnmerged.rows.map((r) => r.status_build)).toEqual(['failed']);
  });

  it('a PR moves through its stages as the days pass', async () => {
    // Opened on or just before the first day and still open then: merged or closed by the fifth.
    const moved = await db.pool.query(
      `SELECT count(*)::int AS n FROM warehouse.pull_requests
       WHERE opened_at < '2026-08-01T20:00:00Z' AND opened_at > '2026-07-31T00:00:00Z' AND state <> 'open'`,
    );
    expect(moved.rows[0].n).toBeGreaterThan(0);
  });

  it('cycle-time metrics: times follow the PR life, rounds count change requests, weekly rows add up', async () => {
    const times = await db.pool.query(
      `SELECT hours_to_first_review, hours_to_approval, hours_to_merge, review_rounds
       FROM analytics.pr_cycle_times WHERE merged_at IS NOT NULL`,
    );
    expect(times.rows.length).toBeGreaterThan(0);
    for (const row of times.rows) {
      expect(row.hours_to_first_review).toBeGreaterThan(0);
      expect(row.hours_to_approval).toBeGreaterThan(row.hours_to_first_review);
      expect(row.hours_to_merge).toBeGreaterThan(row.hours_to_approval);
      expect([1, 2]).toContain(row.review_rounds);
    }
    // people's PRs in the figures, bots' counted apart: together, every PR once
    const weekly = await db.pool.query(
      `SELECT sum(prs_merged)::int AS merged, sum(prs_opened)::int AS opened,
              sum(bot_prs_merged)::int AS bots_merged, sum(bot_prs_opened)::int AS bots_opened
       FROM analytics.pr_weekly_metrics`,
    );
    const direct = await db.pool.query(
      `SELECT count(*) FILTER (WHERE merged_at IS NOT NULL AND NOT bot)::int AS merged,
              count(opened_at) FILTER (WHERE NOT bot)::int AS opened,
              count(*) FILTER (WHERE merged_at IS NOT NULL AND bot)::int AS bots_merged,
              count(opened_at) FILTER (WHERE bot)::int AS bots_opened
       FROM (SELECT *, analytics.is_bot_author(author, author_type) AS bot FROM warehouse.pull_requests) p`,
    );
    expect(weekly.rows[0]).toEqual(direct.rows[0]);
    expect(direct.rows[0].bots_opened).toBeGreaterThan(0);
    // A review seen again on a later day is one row, not a second round.
    const reviews = await db.pool.query(
      'SELECT count(*)::int AS n, count(DISTINCT (repo_id, pr_number, review_id))::int AS distinct_n FROM warehouse.pull_request_reviews',
    );
    expect(reviews.rows[0].n).toBe(reviews.rows[0].distinct_n);
    expect(reviews.rows[0].n).toBeGreaterThan(0);
  });
});
