import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/*
 * The DORA bands at their edges (analytics.dora_metrics, migration 0029), on
 * warehouse rows written directly: February 2026 has 28 days (4 weeks), its
 * Mondays are 02-02, 02-09, 02-16, 02-23.
 *
 * edge/cfr-5, -10, -15, -20: 20 successful production deployments, one a day
 *   02-01 … 02-20 at 12:00 (20 deployment days: 20 × 7 / 28 = 5.00 a week, elite at
 *   the edge); k = 1, 2, 3, 4 incidents, each opened at 12:10 on days 1 … k (charged
 *   to that day's deployment): change failure 1/20 = 5 % elite, 2/20 = 10 % high,
 *   3/20 = 15 % medium, 4/20 = 20 % low. Each incident closes r hours after its
 *   deployment finished: r = 0.5 (elite), 1 (high: < 1 h is elite), 24 (medium:
 *   < 24 h is high), 168 (low: < 168 h is medium). One PR each, shipped by the
 *   day-20 deployment, cycle 23.99 h (elite), 24 h (high), 168 h (medium), 720 h (low).
 * edge/week5: deployments Mon–Fri 02-09 … 02-13 (5 days: elite week, the edge).
 * edge/week4: Mon–Thu 02-09 … 02-12 (4 days: high week; February 4 × 7 / 28 = 1.00: high, the edge).
 * edge/failed: one failed deployment 02-10: frequency low, no successful deployments.
 */

let db: Database;

const EDGES = [
  { name: 'cfr-5', incidents: 1, recovery: 0.5, cycle: 23.99 },
  { name: 'cfr-10', incidents: 2, recovery: 1, cycle: 24 },
  { name: 'cfr-15', incidents: 3, recovery: 24, cycle: 168 },
  { name: 'cfr-20', incidents: 4, recovery: 168, cycle: 720 },
];

async function repository(name: string, githubId: number): Promise<string> {
  const { rows } = await db.pool.query(
    "INSERT INTO warehouse.repositories (github_id, name, full_name, owner) VALUES ($1, $2, 'edge/' || $2, 'edge') RETURNING id",
    [githubId, name],
  );
  return rows[0].id;
}

/** Successful (or failed) production deployments finished at each instant; ids 1, 2, … in order. */
async function deployments(repoId: string, finished: string[], status = 'success') {
  await db.pool.query(
    `INSERT INTO warehouse.deployments (repo_id, source, deployment_id, environment, is_production, sha, status, started_at, finished_at)
     SELECT $1, 'deployment', n, 'production', true, 'sha-' || n, $3, t - interval '5 minutes', t
     FROM unnest($2::timestamptz[]) WITH ORDINALITY AS u (t, n)`,
    [repoId, finished, status],
  );
}

const february = (days: number[], time = '12:00') =>
  days.map((d) => `2026-02-${String(d).padStart(2, '0')}T${time}:00Z`);

async function dora(scope: string, periodKind: string, start: string) {
  const { rows } = await db.pool.query(
    "SELECT * FROM analytics.dora_metrics WHERE scope_kind = 'repository' AND scope = $1 AND period_kind = $2 AND period_start = $3",
    [`edge/${scope}`, periodKind, start],
  );
  expect(rows, `${scope} ${periodKind} ${start}`).toHaveLength(1);
  return rows[0];
}

beforeAll(async () => {
  db = await createFreshDatabase();
  let githubId = 1;
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  for (const edge of EDGES) {
    const repoId = await repository(edge.name, githubId++);
    await deployments(repoId, february(twenty));
    // incident i: opened 12:10 on day i, closed `recovery` hours after that day's 12:00 finish
    await db.pool.query(
      `INSERT INTO warehouse.incidents (repo_id, issue_number, title, labels, opened_at, closed_at)
       SELECT $1, i, 'Outage ' || i, '{incident}', d + interval '10 minutes', d + $3::float8 * interval '1 hour'
       FROM generate_series(1, $2::int) AS i, LATERAL (SELECT timestamptz '2026-02-01 12:00Z' + (i - 1) * interval '1 day') AS x (d)`,
      [repoId, edge.incidents, edge.recovery],
    );
    // one PR shipped by deployment 20 (02-20 12:00), its first commit `cycle` hours before
    await db.pool.query(
      `INSERT INTO warehouse.deployment_commits (repo_id, source, deployment_id, commit_sha) VALUES ($1, 'deployment', 20, 'merge-1')`,
      [repoId],
    );
    await db.pool.query(
      `INSERT INTO warehouse.pull_requests (repo_id, pr_number, title, author, author_type, state, first_commit_at, opened_at, merged_at, merge_commit_sha)
       SELECT $1, 1, 'Change', 'alice', 'User', 'merged', f, f + interval '10 minutes', timestamptz '2026-02-20 11:00Z', 'merge-1'
       FROM (SELECT timestamptz '2026-02-20 12:00Z' - $2::float8 * interval '1 hour' AS f) x`,
      [repoId, edge.cycle],
    );
  }
  await deployments(await repository('week5', githubId++), february([9, 10, 11, 12, 13]));
  await deployments(await repository('week4', githubId++), february([9, 10, 11, 12]));
  await deployments(await repository('failed', githubId++), february([10]), 'failure');
});
afterAll(async () => {
  await db?.close();
});

/** February's DORA row of each edge repository, in EDGES order (one edge per band: elite, high, medium, low). */
const edgesInFebruary = () => Promise.all(EDGES.map((e) => dora(e.name, 'month', '2026-02-01')));
/** Each edge's value of `measure` beside its `band`. */
const atEdges = async (measure: string, band: string) =>
  (await edgesInFebruary()).map((r) => [r[measure], r[band]]);

describe('DORA bands at their edges', () => {
  it('change failure rate: ≤ 5 % elite, ≤ 10 % high, ≤ 15 % medium, else low', async () => {
    expect(await atEdges('change_failure_rate', 'change_failure_band')).toEqual([
      [0.05, 'elite'],
      [0.1, 'high'],
      [0.15, 'medium'],
      [0.2, 'low'],
    ]);
    expect((await edgesInFebruary()).map((r) => r.deployments_with_incidents)).toEqual([1, 2, 3, 4]);
  });

  it('recovery: < 1 h elite, < 24 h high, < 168 h medium, else low', async () => {
    expect(await atEdges('recovery_hours', 'recovery_band')).toEqual([
      [0.5, 'elite'],
      [1, 'high'],
      [24, 'medium'],
      [168, 'low'],
    ]);
  });

  it('lead time: < 24 h elite, < 168 h high, < 720 h medium, else low', async () => {
    expect(await atEdges('lead_time_hours', 'lead_time_band')).toEqual([
      [23.99, 'elite'],
      [24, 'high'],
      [168, 'medium'],
      [720, 'low'],
    ]);
  });

  it('rework: a deployment finished while an earlier one’s incident is open, closing time included', async () => {
    const rows = await edgesInFebruary();
    // cfr-5 and -10 close within the hour, before the next day's deployment: no rework.
    // cfr-15's close exactly at the next day's 12:00 finish: days 2, 3, 4 are rework, 3 / 20.
    expect(rows.slice(0, 3).map((r) => [r.rework_deployments, r.rework_rate])).toEqual([
      [0, 0],
      [0, 0],
      [3, 0.15],
    ]);
  });

  it('deployment frequency: days a week, a month by its average week', async () => {
    // 20 days in February: 20 × 7 / 28 = 5.00 a week, elite at the edge
    expect(await dora('cfr-5', 'month', '2026-02-01')).toMatchObject({
      deployment_days: 20,
      days_per_week: 5,
      deployment_frequency_band: 'elite',
    });
    // five days in a week: elite at the edge; four: high
    expect(await dora('week5', 'week', '2026-02-09')).toMatchObject({
      deployment_days: 5,
      deployment_frequency_band: 'elite',
    });
    expect(await dora('week4', 'week', '2026-02-09')).toMatchObject({
      deployment_days: 4,
      deployment_frequency_band: 'high',
    });
    expect(await dora('week4', 'month', '2026-02-01')).toMatchObject({
      days_per_week: 1,
      deployment_frequency_band: 'high',
    });
    // a deployment that failed is a deployment, but delivered nothing
    expect(await dora('failed', 'week', '2026-02-09')).toMatchObject({
      note: null,
      deployments: 1,
      successful_deployments: 0,
      deployment_days: 0,
      deployment_frequency_band: 'low',
      change_failure_rate: null,
      change_failure_band: 'no successful deployments',
      lead_time_band: 'no deployed PRs',
    });
  });
});
