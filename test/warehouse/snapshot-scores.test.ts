import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { snapshotReposSql } from '../../src/warehouse/snapshot-repos.queries.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/**
 * The day's snapshot is written with its scores in one statement that reads
 * the previous run's day and the week-old day whole and looks up only the
 * repositories missing there by key. The oracle is how the scores' inputs were
 * found before: every earlier snapshot looked up by key for every repository,
 * after the day's rows were in; it feeds them to the statement's own scoring
 * (its CTEs from `measured` on), whose formulas the hand-computed figures below
 * check.
 */
const DAY = '2026-07-20';
const RUN = 'run-day';

const STATEMENT = readFileSync(new URL('../../src/warehouse/snapshot-repos.sql', import.meta.url), 'utf8');
const SCORING = STATEMENT.slice(STATEMENT.indexOf('), measured AS ('), STATEMENT.indexOf('INSERT INTO'));

const BY_KEY = `
WITH prs AS (
    SELECT r.github_id, count(*) AS prs_week
    FROM warehouse.pull_requests pr
    JOIN warehouse.repositories r ON r.id = pr.repo_id
    WHERE pr.updated_at >= '${DAY}'::date - 7 AND pr.updated_at < '${DAY}'::date + 1
    GROUP BY r.github_id
), week AS (
    SELECT f.github_id, f.language_key, f.stars, f.forks, f.open_issues, f.pushed_at,
        prev.stars AS stars_prev,
        COALESCE(week.stars, oldest.stars) AS stars_week,
        COALESCE(week.forks, oldest.forks) AS forks_week,
        COALESCE(week.open_issues, oldest.open_issues) AS issues_week,
        CASE
            WHEN f.pushed_at >= '${DAY}'::date - 1 THEN 1.0
            WHEN f.pushed_at >= '${DAY}'::date - 7 THEN 0.6
            WHEN f.pushed_at >= '${DAY}'::date - 30 THEN 0.3
            ELSE 0.0
        END AS push_recency,
        COALESCE(prs.prs_week, 0) AS prs_week,
        f.github_id IN (SELECT github_id FROM warehouse.private_repositories) AS is_private
    FROM warehouse.fact_repo_snapshots f
    LEFT JOIN prs ON prs.github_id = f.github_id
    LEFT JOIN LATERAL (
        SELECT p.stars FROM warehouse.fact_repo_snapshots p
        WHERE p.github_id = f.github_id AND p.snapshot_date < '${DAY}'::date
        ORDER BY p.snapshot_date DESC LIMIT 1
    ) prev ON true
    LEFT JOIN LATERAL (
        SELECT p.stars, p.forks, p.open_issues FROM warehouse.fact_repo_snapshots p
        WHERE p.github_id = f.github_id AND p.snapshot_date <= '${DAY}'::date - 7
        ORDER BY p.snapshot_date DESC LIMIT 1
    ) week ON true
    LEFT JOIN LATERAL (
        -- tracked for less than 7 days: the first snapshot
        SELECT p.stars, p.forks, p.open_issues FROM warehouse.fact_repo_snapshots p
        WHERE week.stars IS NULL AND p.github_id = f.github_id AND p.snapshot_date < '${DAY}'::date
        ORDER BY p.snapshot_date ASC LIMIT 1
    ) oldest ON true
    WHERE f.snapshot_date = '${DAY}'::date
${SCORING.replaceAll(':snapshotDate!', `'${DAY}'`)}
SELECT github_id::int, velocity AS star_velocity, velocity_7d AS star_velocity_7d, activity AS activity_score,
    LEAST(1, GREATEST(0, momentum))::text AS momentum_score, r_overall AS rank_overall, r_language AS rank_in_language
FROM ranked ORDER BY github_id`;

const WRITTEN = `SELECT github_id::int, star_velocity, star_velocity_7d, activity_score, momentum_score::text,
    rank_overall, rank_in_language FROM warehouse.fact_repo_snapshots WHERE snapshot_date = '${DAY}' ORDER BY github_id`;

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
  // 101 every day; 102 skipped the previous day and the week-old day; 103 tracked
  // for 3 days; 104 new today; 105 not refreshed today (carried forward); 106
  // private; 107 written earlier today, then its version ended (gone).
  await db.pool.query(`
    SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', DATE '${DAY}');
    SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', DATE '2026-06-25');
    INSERT INTO warehouse.dim_repositories (repo_key, github_id, repo_full_name, owner, language, valid_from, valid_to, is_private, is_current)
    VALUES (1, 101, 'acme/one', 'acme', 'Rust', '2026-01-01', NULL, false, true),
           (2, 102, 'acme/two', 'acme', 'Rust', '2026-01-01', NULL, false, true),
           (3, 103, 'acme/three', 'acme', 'Go', '2026-01-01', NULL, false, true),
           (4, 104, 'acme/four', 'acme', 'Go', '2026-01-01', NULL, false, true),
           (5, 105, 'acme/five', 'acme', 'Rust', '2026-01-01', NULL, false, true),
           (6, 106, 'acme/six', 'acme', 'Rust', '2026-01-01', NULL, true, true),
           (7, 107, 'acme/seven', 'acme', 'Go', '2026-01-01', '2026-07-20 12:00+00', false, false);
    INSERT INTO warehouse.fact_repo_snapshots (repo_key, github_id, language_key, snapshot_date, stars, forks, open_issues, pushed_at, run_id)
    SELECT r.key, r.id, l.language_key, d::date, r.base + r.step * (d::date - DATE '2026-06-25'), r.base / 10 + (d::date - DATE '2026-06-25'),
        r.base % 17, d - interval '2 days', 'earlier'
    FROM (VALUES (1, 101, 'Rust', 500, 7, '2026-06-25'::date, '2026-07-19'::date, '{}'::date[]),
                 (2, 102, 'Rust', 90, 3, '2026-06-25', '2026-07-11', '{}'),
                 (3, 103, 'Go', 40, 20, '2026-07-17', '2026-07-19', '{}'),
                 (5, 105, 'Rust', 3000, 1, '2026-06-25', '2026-07-19', '{}'),
                 (6, 106, 'Rust', 700, 30, '2026-06-25', '2026-07-19', '{}'),
                 (7, 107, 'Go', 800, 2, '2026-06-25', '2026-07-20', '{}')) r(key, id, lang, base, step, first_day, last_day, skipped),
        generate_series(r.first_day, r.last_day, interval '1 day') d,
        warehouse.dim_languages l
    WHERE l.language_name = r.lang
      -- 102 has nothing on the previous day or the week-old day, nor between
      AND NOT (r.id = 102 AND d::date > '2026-07-09');
    INSERT INTO staging.repos_validated (repo_full_name, github_id, owner, language, stars, forks, open_issues,
        created_at, updated_at, pushed_at, source, run_id, snapshot_date)
    VALUES ('acme/one', 101, 'acme', 'Rust', 700, 80, 3, '2020-01-01', '${DAY}', '${DAY}', 'refresh', '${RUN}', '${DAY}'),
           ('acme/two', 102, 'acme', 'Rust', 180, 12, 9, '2020-01-01', '${DAY}', '2026-07-15', 'refresh', '${RUN}', '${DAY}'),
           ('acme/three', 103, 'acme', 'Go', 150, 9, 40, '2020-01-01', '${DAY}', '2026-06-01', 'refresh', '${RUN}', '${DAY}'),
           ('acme/four', 104, 'acme', 'Go', 1000, 5, 1, '2020-01-01', '${DAY}', '${DAY}', 'refresh', '${RUN}', '${DAY}'),
           ('acme/six', 106, 'acme', 'Rust', 1500, 100, 3, '2020-01-01', '${DAY}', '${DAY}', 'refresh', '${RUN}', '${DAY}');
    ANALYZE;`);
  await snapshotReposSql.run({ runId: RUN, snapshotDate: DAY }, db.pool);
});
afterAll(async () => db?.close());

const rowsOf = async (sql: string) => (await db.pool.query(sql)).rows;

describe('the day snapshot written with its scores', () => {
  it('gives every repository the scores of the definition by key lookups, on every path', async () => {
    const written = await rowsOf(WRITTEN);
    expect(written.map((row) => row.github_id)).toEqual([101, 102, 103, 104, 105, 106, 107]);
    expect(written).toEqual(await rowsOf(BY_KEY));
  });

  it('takes the previous and week-old numbers from the right snapshot', async () => {
    const byId = new Map((await rowsOf(WRITTEN)).map((row) => [row.github_id, row]));
    // 101: yesterday 500 + 7×24 = 668, a week ago (07-13) 500 + 7×18 = 626
    expect(byId.get(101)).toMatchObject({ star_velocity: 700 - 668, star_velocity_7d: 700 - 626 });
    // 101's activity: pushed today 0.4 + issues 3 against 7 a week ago 0.2 × 4/20
    // + forks 80 against 50 + 18 = 68 0.2 × 12/50 + no PRs = 48.8
    expect(byId.get(101)?.activity_score).toBe(49);
    // 102: its latest before the day and at least 7 days older is 07-09: 90 + 3×14 = 132
    expect(byId.get(102)).toMatchObject({ star_velocity: 180 - 132, star_velocity_7d: 180 - 132 });
    // 103: yesterday 40 + 20×24 = 520; tracked 3 days, so against its first, 40 + 20×22 = 480
    expect(byId.get(103)).toMatchObject({ star_velocity: 150 - 520, star_velocity_7d: 150 - 480 });
    expect(byId.get(104)).toMatchObject({ star_velocity: null, star_velocity_7d: null });
    // carried forward: yesterday's numbers, so no change in a day
    expect(byId.get(105)).toMatchObject({ star_velocity: 0, star_velocity_7d: 6 });
    expect(byId.get(106)).toMatchObject({ rank_overall: null, rank_in_language: null });
    expect(byId.get(107)?.rank_overall).not.toBeNull();
  });

  it('scores momentum and ranks the day as the README defines them, computed here from the written figures', async () => {
    const rows = await rowsOf(
      `SELECT f.github_id::int, f.stars, f.star_velocity_7d, f.activity_score, f.momentum_score::float8 AS momentum,
          f.rank_overall, f.rank_in_language, f.language_key, f.pushed_at,
          f.github_id IN (SELECT github_id FROM warehouse.private_repositories) AS is_private
       FROM warehouse.fact_repo_snapshots f WHERE f.snapshot_date = '${DAY}' ORDER BY f.github_id`,
    );
    const day = Date.parse(`${DAY}T00:00:00Z`);
    const since = (days: number) => day - days * 86_400_000;
    const pushRecency = (pushed: Date) =>
      pushed.getTime() >= since(1)
        ? 1
        : pushed.getTime() >= since(7)
          ? 0.6
          : pushed.getTime() >= since(30)
            ? 0.3
            : 0;
    // relative 7-day growth: star_velocity_7d / max(stars 7 days ago, 100)
    const growth = (row: (typeof rows)[number]) =>
      (row.star_velocity_7d ?? 0) / Math.max(row.stars - (row.star_velocity_7d ?? 0), 100);
    /** rank() with ties: 1 + how many come strictly before. */
    const rankAmong = <T>(all: T[], before: (other: T) => boolean) => 1 + all.filter(before).length;
    const expected = rows.map((row) => {
      const peers = rows.filter((other) => other.is_private === row.is_private);
      // percent_rank(): (rank by growth − 1) / (peers − 1), 0 alone
      const percent =
        peers.length > 1
          ? (rankAmong(peers, (other) => growth(other) < growth(row)) - 1) / (peers.length - 1)
          : 0;
      const momentum =
        Math.round(
          (0.6 * percent + (0.3 * row.activity_score) / 100 + 0.1 * pushRecency(row.pushed_at)) * 1000,
        ) / 1000;
      return { github_id: row.github_id, momentum };
    });
    expect(rows.map(({ github_id, momentum }) => ({ github_id, momentum }))).toEqual(expected);
    const ahead = (row: (typeof rows)[number]) => (other: (typeof rows)[number]) =>
      other.momentum > row.momentum || (other.momentum === row.momentum && other.stars > row.stars);
    const publicRows = rows.filter((row) => !row.is_private);
    for (const row of publicRows) {
      expect({ id: row.github_id, overall: row.rank_overall, language: row.rank_in_language }).toEqual({
        id: row.github_id,
        overall: rankAmong(publicRows, ahead(row)),
        language: rankAmong(
          publicRows.filter((other) => other.language_key === row.language_key),
          ahead(row),
        ),
      });
    }
    expect(new Set(publicRows.map((row) => row.rank_overall)).size).toBeGreaterThan(3);
  });

  it('carries forward the repositories the run did not see and keeps the gone one as it was', async () => {
    const rows = await rowsOf(
      `SELECT github_id::int, stars, is_carried_forward, run_id FROM warehouse.fact_repo_snapshots
       WHERE snapshot_date = '${DAY}' AND github_id IN (101, 105, 107) ORDER BY github_id`,
    );
    expect(rows).toEqual([
      { github_id: 101, stars: 700, is_carried_forward: false, run_id: RUN },
      { github_id: 105, stars: 3000 + 24, is_carried_forward: true, run_id: RUN },
      { github_id: 107, stars: 800 + 2 * 25, is_carried_forward: false, run_id: 'earlier' },
    ]);
  });

  it('a later run of the day that did not see a repository keeps its fresh numbers, and rescoring changes nothing', async () => {
    const before = await rowsOf(WRITTEN);
    await snapshotReposSql.run({ runId: 'run-again', snapshotDate: DAY }, db.pool);
    const rows = await rowsOf(
      `SELECT github_id::int, stars, is_carried_forward FROM warehouse.fact_repo_snapshots
       WHERE snapshot_date = '${DAY}' AND github_id IN (101, 104) ORDER BY github_id`,
    );
    expect(rows).toEqual([
      { github_id: 101, stars: 700, is_carried_forward: false },
      { github_id: 104, stars: 1000, is_carried_forward: false },
    ]);
    expect(await rowsOf(WRITTEN)).toEqual(before);
    expect(await rowsOf(BY_KEY)).toEqual(before);
  });
});
