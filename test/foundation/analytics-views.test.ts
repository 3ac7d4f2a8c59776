import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/*
 * A hand-built warehouse: two companies, four repositories, two days.
 * acme/rocket gets a second SCD version (new description) on day 2.
 * Day 2 (2026-08-02) is the latest date present; CURRENT_DATE is irrelevant.
 */
let db: Database;

beforeAll(async () => {
  db = await createFreshDatabase();
  await db.pool.query(`
    INSERT INTO warehouse.dim_companies (company_key, company_name) VALUES (1, 'acme'), (2, 'globex');
    INSERT INTO warehouse.dim_repositories
      (repo_key, github_id, repo_full_name, owner, company_key, description, language, render_category,
       valid_from, valid_to, is_current) VALUES
      (1, 101, 'acme/rocket', 'acme', 1, 'old text', 'Rust', NULL, '2026-08-01', '2026-08-02', false),
      (2, 101, 'acme/rocket', 'acme', 1, 'new text', 'Rust', NULL, '2026-08-02', NULL, true),
      (3, 102, 'acme/site', 'acme', 1, 'site', 'TypeScript', 'web', '2026-08-01', NULL, true),
      (4, 201, 'globex/engine', 'globex', 2, 'engine', 'Rust', NULL, '2026-08-01', NULL, true),
      (5, 301, 'solo/tool', 'solo', NULL, 'tool', 'Go', 'cron', '2026-08-01', NULL, true);
    INSERT INTO warehouse.bridge_repo_render_services (github_id, service_key)
      SELECT 102, service_key FROM warehouse.dim_render_services WHERE service_type IN ('web', 'postgres');
    INSERT INTO warehouse.fact_repo_snapshots
      (repo_key, github_id, language_key, company_key, snapshot_date, stars, forks, open_issues,
       star_velocity, activity_score, momentum_score, rank_overall, rank_in_language)
    SELECT v.repo_key, v.github_id, dl.language_key, v.company_key, v.d::date, v.stars, v.forks, v.issues,
           v.vel, v.act, v.mom, v.ro, v.ril
    FROM (VALUES
      (1, 101, 'Rust', 1, '2026-08-01', 1000, 10, 4, NULL::int, 5, 0.500, 1, 1),
      (3, 102, 'TypeScript', 1, '2026-08-01', 50, 80, 2, NULL, 3, 0.100, 3, 1),
      (4, 201, 'Rust', 2, '2026-08-01', 700, 70, 1, NULL, 2, 0.200, 2, 2),
      (2, 101, 'Rust', 1, '2026-08-02', 1030, 11, 5, 30, 6, 0.900, 1, 1),
      (3, 102, 'TypeScript', 1, '2026-08-02', 55, 81, 2, 5, 3, 0.300, 3, 1),
      (4, 201, 'Rust', 2, '2026-08-02', 701, 72, 1, 1, 2, 0.050, 4, 2),
      (5, 301, 'Go', NULL, '2026-08-02', 400, 9, 0, 0, 1, 0.400, 2, 1)
    ) AS v(repo_key, github_id, lang, company_key, d, stars, forks, issues, vel, act, mom, ro, ril)
    JOIN warehouse.dim_languages dl ON dl.language_name = v.lang;
    INSERT INTO warehouse.fact_language_snapshots (github_id, repo_key, language_key, snapshot_date, bytes)
    SELECT v.github_id, v.repo_key, dl.language_key, v.d::date, v.bytes
    FROM (VALUES
      (101, 1, 'Rust', '2026-08-01', 900), (101, 2, 'Rust', '2026-08-02', 1000),
      (101, 2, 'Shell', '2026-08-02', 100), (102, 3, 'TypeScript', '2026-08-02', 400),
      (201, 4, 'Rust', '2026-08-02', 3000)
    ) AS v(github_id, repo_key, lang, d, bytes)
    JOIN warehouse.dim_languages dl ON dl.language_name = v.lang;
  `);
});
afterAll(async () => db?.close());

const rows = async (sql: string) => (await db.pool.query(sql)).rows;

describe('analytics views on a hand-built warehouse', () => {
  it('trending_repos_current: the latest date present, by momentum, with the current description', async () => {
    const result = await rows(
      'SELECT repo_full_name, stars, momentum_score, description, snapshot_date FROM analytics.trending_repos_current',
    );
    expect(result).toEqual([
      {
        repo_full_name: 'acme/rocket',
        stars: 1030,
        momentum_score: 0.9,
        description: 'new text',
        snapshot_date: '2026-08-02',
      },
      {
        repo_full_name: 'solo/tool',
        stars: 400,
        momentum_score: 0.4,
        description: 'tool',
        snapshot_date: '2026-08-02',
      },
      {
        repo_full_name: 'acme/site',
        stars: 55,
        momentum_score: 0.3,
        description: 'site',
        snapshot_date: '2026-08-02',
      },
      {
        repo_full_name: 'globex/engine',
        stars: 701,
        momentum_score: 0.05,
        description: 'engine',
        snapshot_date: '2026-08-02',
      },
    ]);
  });

  it('render_showcase: repositories with a blueprint and their service types', async () => {
    expect(
      await rows(
        'SELECT repo_full_name, render_category, stars, service_types FROM analytics.render_showcase',
      ),
    ).toEqual([
      { repo_full_name: 'solo/tool', render_category: 'cron', stars: 400, service_types: [] },
      { repo_full_name: 'acme/site', render_category: 'web', stars: 55, service_types: ['postgres', 'web'] },
    ]);
  });

  it('language_rankings: per-language leaderboard with Render adoption', async () => {
    expect(
      await rows(
        "SELECT language_name, repo_full_name, rank_in_language, uses_render FROM analytics.language_rankings WHERE language_name IN ('Rust', 'TypeScript')",
      ),
    ).toEqual([
      { language_name: 'Rust', repo_full_name: 'acme/rocket', rank_in_language: 1, uses_render: false },
      { language_name: 'Rust', repo_full_name: 'globex/engine', rank_in_language: 2, uses_render: false },
      { language_name: 'TypeScript', repo_full_name: 'acme/site', rank_in_language: 1, uses_render: true },
    ]);
  });

  it('repo_daily_growth: LAG over snapshots, across SCD versions', async () => {
    expect(
      await rows(
        "SELECT snapshot_date, stars, previous_stars, daily_growth FROM analytics.repo_daily_growth WHERE repo_full_name = 'acme/rocket' ORDER BY snapshot_date",
      ),
    ).toEqual([
      { snapshot_date: '2026-08-01', stars: 1000, previous_stars: null, daily_growth: null },
      { snapshot_date: '2026-08-02', stars: 1030, previous_stars: 1000, daily_growth: 30 },
    ]);
  });

  it('company_total_stars: sums of the latest day per company', async () => {
    expect(
      await rows(
        'SELECT company_name, repo_count, total_stars, total_forks FROM analytics.company_total_stars',
      ),
    ).toEqual([
      { company_name: 'acme', repo_count: 2, total_stars: 1085, total_forks: 92 },
      { company_name: 'globex', repo_count: 1, total_stars: 701, total_forks: 72 },
    ]);
  });

  it('language_popularity_by_company: latest bytes per language and share', async () => {
    expect(
      await rows(
        'SELECT company_name, language_name, repo_count, total_bytes, share_percent FROM analytics.language_popularity_by_company',
      ),
    ).toEqual([
      { company_name: 'acme', language_name: 'Rust', repo_count: 1, total_bytes: 1000, share_percent: 66.67 },
      {
        company_name: 'acme',
        language_name: 'TypeScript',
        repo_count: 1,
        total_bytes: 400,
        share_percent: 26.67,
      },
      { company_name: 'acme', language_name: 'Shell', repo_count: 1, total_bytes: 100, share_percent: 6.67 },
      { company_name: 'globex', language_name: 'Rust', repo_count: 1, total_bytes: 3000, share_percent: 100 },
    ]);
  });

  it('company_top_forked_repos: ranks by forks within each company', async () => {
    expect(
      await rows(
        'SELECT company_name, repo_full_name, forks, fork_rank FROM analytics.company_top_forked_repos ORDER BY company_name, fork_rank',
      ),
    ).toEqual([
      { company_name: 'acme', repo_full_name: 'acme/site', forks: 81, fork_rank: 1 },
      { company_name: 'acme', repo_full_name: 'acme/rocket', forks: 11, fork_rank: 2 },
      { company_name: 'globex', repo_full_name: 'globex/engine', forks: 72, fork_rank: 1 },
    ]);
  });

  it('repo_activity_score: stars + 2 x forks + 0.5 x open issues', async () => {
    expect(await rows('SELECT repo_full_name, composite_score FROM analytics.repo_activity_score')).toEqual([
      { repo_full_name: 'acme/rocket', composite_score: 1054.5 },
      { repo_full_name: 'globex/engine', composite_score: 845.5 },
      { repo_full_name: 'solo/tool', composite_score: 418 },
      { repo_full_name: 'acme/site', composite_score: 218 },
    ]);
  });
});
