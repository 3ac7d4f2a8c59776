import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { processPendingDeliveries } from '../../src/pipeline/process-pending-deliveries.ts';
import { runReprocess } from '../../src/pipeline/run-reprocess.ts';
import type { TaskNode } from '../../src/pipeline/task-tree.ts';
import { storeWebhookDeliveries } from '../../src/raw/webhook-deliveries.ts';
import { createGitHubClient } from '../../src/sources/github/client/github-client.ts';
import {
  fetchStarHistory,
  type StarHistoryTarget,
} from '../../src/sources/github/collect/fetch-star-history.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { ingestDay, replayedWarehouse, rowCounts, testConfig } from '../support/pipeline-fixture.ts';
import { sharedDataset, silentLogger } from '../support/replay-client.ts';

/*
 * The star_history source end to end on the replay, whose stargazers/history
 * answers as GitHub's: weeks newest first starting at Los Angeles midnight,
 * 30 a page, Link pagination, 422 past page 100, ETags, removals that lower
 * the days the removed stars had been given.
 */

interface Week {
  week: number;
  total: number;
  days: number[];
}

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep, [], { date: '2026-08-01' }));
});

const history = (fullName: string, query = '') =>
  fetch(`${replay.url}/repos/${fullName}/stargazers/history${query}`);

async function allWeeks(fullName: string): Promise<Week[]> {
  const weeks: Week[] = [];
  let url: string | null = `${replay.url}/repos/${fullName}/stargazers/history?per_page=30`;
  while (url) {
    const response: Response = await fetch(url);
    expect(response.status).toBe(200);
    weeks.push(...((await response.json()) as Week[]));
    url = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
  }
  return weeks;
}

/** Stars given each UTC day (midpoint rule, as the warehouse takes them) and still there. */
function byDay(weeks: Week[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const w of weeks)
    w.days.forEach((n, i) => {
      const day = new Date((w.week + i * 86_400 + 43_200) * 1000).toISOString().slice(0, 10);
      days.set(day, (days.get(day) ?? 0) + n);
    });
  return days;
}

const cumulativeTo = (days: Map<string, number>, date: string) =>
  [...days].filter(([day]) => day <= date).reduce((sum, [, n]) => sum + n, 0);

function findTask(nodes: TaskNode[], name: string): TaskNode | undefined {
  for (const node of nodes) {
    if (node.name === name) return node;
    const found = findTask(node.children, name);
    if (found) return found;
  }
  return undefined;
}

async function starHistoryTask(runId: string): Promise<TaskNode> {
  const { rows } = await db.pool.query(
    'SELECT task_tree FROM warehouse.fact_workflow_runs WHERE run_id = $1',
    [runId],
  );
  const task = findTask(rows[0].task_tree, 'star_history');
  if (!task) throw new Error('no star_history task in the run');
  return task;
}

describe('stargazers/history on the replay', () => {
  it('answers weeks newest first, 30 a page at most, with Link pagination and 422 past page 100', async () => {
    const first = await history('rust-lang/rust', '?per_page=100');
    expect(first.status).toBe(200);
    const weeks = (await first.json()) as Week[];
    expect(weeks).toHaveLength(30);
    expect(first.headers.get('link')).toContain('rel="next"');
    for (const w of weeks) {
      expect(w.days).toHaveLength(7);
      expect(w.total).toBe(w.days.reduce((a, b) => a + b, 0));
    }
    expect(weeks.map((w) => w.week)).toEqual([...weeks.map((w) => w.week)].sort((a, b) => b - a));
    // Weeks start at midnight in Los Angeles (07:00 or 08:00 UTC), not at UTC midnight.
    expect(weeks.every((w) => [7, 8].includes(new Date(w.week * 1000).getUTCHours()))).toBe(true);
    expect((await history('rust-lang/rust', '?page=101')).status).toBe(422);
  });

  it('answers a conditional request with a free 304', async () => {
    const first = await history('rust-lang/rust');
    const etag = first.headers.get('etag') as string;
    const again = await fetch(`${replay.url}/repos/rust-lang/rust/stargazers/history`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-ratelimit-used')).toBe(first.headers.get('x-ratelimit-used'));
  });

  it('sums to the stars of the day asked and never above a past snapshot; a removal lowers a past day', async () => {
    const dataset = sharedDataset();
    const repo = dataset.repos.find((r) => r.fullName === 'rust-lang/rust');
    if (!repo) throw new Error('rust-lang/rust is not in the dataset');
    replay.setDate('2026-07-01');
    const early = byDay(await allWeeks(repo.fullName));
    replay.setDate('2026-08-01');
    const late = byDay(await allWeeks(repo.fullName));
    expect(cumulativeTo(late, '2026-08-01')).toBe(dataset.pointAt(repo.githubId, '2026-08-01')?.stars);
    for (const date of ['2026-06-01', '2026-07-01', '2026-07-20']) {
      const taken = (dataset.pointAt(repo.githubId, date)?.stars ?? 0) - cumulativeTo(late, date);
      expect(taken, date).toBeGreaterThanOrEqual(0);
    }
    // Stars given on a day can only be taken back afterwards, never added.
    const asked = [...early].filter(([day]) => day <= '2026-07-01');
    const lowered = asked.filter(([day, n]) => (late.get(day) ?? 0) < n);
    expect(asked.every(([day, n]) => (late.get(day) ?? 0) <= n)).toBe(true);
    expect(lowered.length).toBeGreaterThan(0);
  });

  it('answers a repository younger than a week with its one week, no Link, the days to come at zero', async () => {
    const dataset = sharedDataset();
    const repo = dataset.repos.find((r) => r.fullName === 'DietrichGebert/ponytail');
    if (!repo) throw new Error('DietrichGebert/ponytail is not in the dataset');
    replay.setDate('2026-06-19'); // its first ranked day, a Friday
    const response = await history(repo.fullName);
    const weeks = (await response.json()) as Week[];
    expect(response.headers.get('link')).toBeNull();
    expect(weeks).toHaveLength(1);
    expect(weeks[0]?.total).toBe(dataset.pointAt(repo.githubId, '2026-06-19')?.stars);
    expect(weeks[0]?.days[6]).toBe(0);
    replay.setDate('2026-08-01');
  });

  it('answers weeks without stars as zeros and pages on past them', async () => {
    const dataset = sharedDataset();
    const repo = dataset.repos.find((r) => r.fullName === 'rust-lang/rust');
    let found: Week | undefined;
    let weeks: Week[] = [];
    let githubId = 0;
    for (const candidate of dataset.repos.filter((r) => r !== repo).slice(0, 20)) {
      weeks = await allWeeks(candidate.fullName);
      found = weeks.slice(0, -1).find((w) => w.total === 0);
      githubId = candidate.githubId;
      if (found) break;
    }
    expect(found, 'a history with a week of zeros').toBeDefined();
    expect(found?.days).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The weeks past it are there too: all of them add up to the day's count.
    expect(cumulativeTo(byDay(weeks), '2026-08-01')).toBe(dataset.pointAt(githubId, '2026-08-01')?.stars);
  });

  it('answers a page past the last with an empty list', async () => {
    const weeks = (await (await history('rust-lang/rust', '?page=100')).json()) as Week[];
    expect(weeks).toEqual([]);
  });
});

describe('reading stargazers/history', () => {
  const targets = (count: number): StarHistoryTarget[] =>
    sharedDataset()
      .repos.filter((repo) => replay.world.state(repo))
      .slice(0, count)
      .map((repo) => ({
        githubId: repo.githubId,
        fullName: repo.fullName,
        complete: false,
        nextPage: 1,
        page1Etag: null,
      }));

  it('defers a repository whose page still fails after the retries, and leaves the rest once five have', async () => {
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => warnings.push(message) } as never;
    const client = createGitHubClient({
      baseUrl: replay.url,
      logger,
      pacing: false,
      retries: 1,
      backoffBaseMs: 5,
    });
    replay.setFaults('5xx=1');
    const outcomes = [];
    try {
      for await (const outcome of fetchStarHistory(client.octokit, targets(20), 1000, 1))
        outcomes.push(outcome);
    } finally {
      replay.setFaults('');
    }
    expect(outcomes).toHaveLength(5);
    expect(outcomes.every((o) => o.failed !== null && !o.finished && o.pages.length === 0)).toBe(true);
    expect(warnings.filter((w) => w.includes('is read again next run'))).toHaveLength(5);

    // Once GitHub answers again, the same repositories are read from their first page to their last.
    const again = [];
    for await (const outcome of fetchStarHistory(client.octokit, targets(5), 1000)) again.push(outcome);
    expect(again.map((o) => o.target.fullName)).toEqual(outcomes.map((o) => o.target.fullName));
    expect(again.every((o) => o.finished && o.failed === null && o.pages[0]?.page === 1)).toBe(true);
  });

  it('asks for no more pages than its budget, a few repositories at once', async () => {
    const client = createGitHubClient({ baseUrl: replay.url, logger: silentLogger, pacing: false });
    const outcomes = [];
    for await (const outcome of fetchStarHistory(client.octokit, targets(40), 50)) outcomes.push(outcome);
    expect(outcomes.reduce((sum, o) => sum + o.pages.length, 0)).toBe(50);
    expect(client.cost.requests).toBe(50);
    // In target order, each repository's pages one after the other from page 1.
    expect(outcomes.map((o) => o.target.fullName)).toEqual(targets(outcomes.length).map((t) => t.fullName));
    for (const o of outcomes) expect(o.pages.map((p) => p.page)).toEqual(o.pages.map((_, i) => i + 1));
  });
});

describe('the star_history source in the pipeline', () => {
  const budget = 40;
  const capped = configSchema.parse({ ...testConfig, star_history: { max_requests_per_run: budget } });

  it('spends at most max_requests_per_run and carries the rest of the backfill to the next runs', async () => {
    const summary = await ingestDay(db, replay, '2026-08-01', { config: capped });
    const task = await starHistoryTask(summary.runId);
    expect(task.counts.pages).toBeLessThanOrEqual(budget);
    expect(task.counts.pages).toBeGreaterThan(0);
    expect((task.counts.backfills_unfinished ?? 0) + (task.counts.backfills_waiting ?? 0)).toBeGreaterThan(0);
    const coverage = await db.pool.query<{ complete: boolean; n: number }>(
      'SELECT complete, count(*)::int AS n FROM warehouse.star_history_coverage GROUP BY complete',
    );
    expect(coverage.rows.find((r) => !r.complete)?.n ?? 0).toBeGreaterThan(0);

    // Later runs with the default budget finish every backfill; a repository's history then starts on its first day.
    await ingestDay(db, replay, '2026-08-02', {
      config: configSchema.parse({ ...testConfig, star_history: { max_requests_per_run: 4000 } }),
    });
    const left = await db.pool.query(
      `SELECT count(*)::int AS n FROM warehouse.dim_repositories d
       LEFT JOIN warehouse.star_history_coverage c USING (github_id)
       WHERE d.is_current AND c.complete IS NOT TRUE`,
    );
    expect(left.rows[0].n).toBe(0);
  }, 240_000);

  it('reconciles with the snapshots: retained cumulative never above them, equal on the day fetched', async () => {
    const { rows } = await db.pool.query<{
      day: string;
      taken: number | null;
      complete: boolean;
      after: boolean;
    }>(
      `SELECT h.day::text, h.stars_taken_back AS taken, h.history_complete AS complete, h.day > c.page1_as_of AS after
       FROM analytics.repo_star_history h JOIN warehouse.star_history_coverage c USING (github_id)
       WHERE h.snapshot_stars IS NOT NULL`,
    );
    expect(rows.filter((r) => !r.after).length).toBeGreaterThan(0);
    expect(rows.filter((r) => !(r.complete && (r.after || (r.taken ?? -1) >= 0))).slice(0, 5)).toEqual([]);
    // After the day of its latest page 1, a star removed since is not known: no retained total, no difference.
    expect(rows.filter((r) => r.after && r.taken !== null)).toEqual([]);
    // On the day of a repository's latest page 1 (its newest weeks), the two agree to the star.
    const fetchedDays = await db.pool.query<{ taken: number }>(
      `SELECT h.stars_taken_back AS taken FROM analytics.repo_star_history h
       JOIN (SELECT github_id, max(snapshot_date) AS day FROM raw.github_star_history WHERE page = 1 GROUP BY 1) l
         ON l.github_id = h.github_id AND l.day = h.day
       WHERE h.snapshot_stars IS NOT NULL`,
    );
    expect(fetchedDays.rows.length).toBeGreaterThan(50);
    expect(fetchedDays.rows.filter((r) => r.taken !== 0)).toEqual([]);

    const rust = await db.pool.query(
      `SELECT min(day)::text AS first, min(day) FILTER (WHERE snapshot_stars IS NOT NULL)::text AS tracked
       FROM analytics.repo_star_history WHERE repo_full_name = 'rust-lang/rust'`,
    );
    expect(rust.rows[0].first < '2026-01-01').toBe(true);
    expect(rust.rows[0].tracked).toBe('2026-08-01');
  });

  it('reads only what the core quota has left, instead of waiting an hour for its reset', async () => {
    replay.setDate('2026-08-03'); // a new day starts the replay's quotas afresh
    const left = 30;
    const { remaining } = replay.limits.snapshot('core');
    expect(remaining).toBe(5000);
    replay.limits.spend('core', remaining - left);
    const summary = await ingestDay(db, replay, '2026-08-03');
    const task = await starHistoryTask(summary.runId);
    expect(task.counts.budget).toBeLessThanOrEqual(left);
    expect(task.counts.pages).toBeGreaterThan(0);
    expect(task.counts.pages).toBeLessThanOrEqual(task.counts.budget as number);
    expect(replay.limits.snapshot('core').remaining).toBeGreaterThanOrEqual(0);
    expect(summary.seconds).toBeLessThan(60);
  });

  it('a later answer lowers a past day whose star was taken back', async () => {
    const day = `SELECT f.github_id, f.star_date::text AS star_date, f.stars_retained
                 FROM warehouse.fact_star_history f
                 JOIN warehouse.dim_repositories d ON d.github_id = f.github_id AND d.is_current
                 WHERE d.repo_full_name = 'rust-lang/rust' AND f.star_date BETWEEN '2026-07-01' AND '2026-07-31'
                 ORDER BY f.star_date`;
    const before = (await db.pool.query(day)).rows;
    await ingestDay(db, replay, '2026-08-20');
    const after = (await db.pool.query(day)).rows;
    const was = new Map(before.map((r) => [r.star_date, r.stars_retained]));
    const lowered = after.filter((r) => r.stars_retained < (was.get(r.star_date) ?? 0));
    expect(lowered.length).toBeGreaterThan(0);
    expect(after.every((r) => r.stars_retained <= (was.get(r.star_date) ?? 0))).toBe(true);
  });

  it('reprocess rebuilds the star history from raw with no GitHub call, older than raw_days included', async () => {
    const facts = 'SELECT * FROM warehouse.fact_star_history ORDER BY github_id, star_date';
    const before = (await db.pool.query(facts)).rows.map(({ run_id, fetched_at, ...r }) => r);
    const requests = replay.stats.requests;
    await db.pool.query(
      'TRUNCATE staging.star_history_weeks, warehouse.fact_star_history, warehouse.star_history_coverage',
    );
    await runReprocess({ db, config: testConfig, logger: silentLogger });
    expect(replay.stats.requests).toBe(requests);
    const after = (await db.pool.query(facts)).rows.map(({ run_id, fetched_at, ...r }) => r);
    const key = (r: Record<string, unknown>) => JSON.stringify(r);
    const had = new Set(before.map(key));
    const have = new Set(after.map(key));
    expect(after.filter((r) => !had.has(key(r))).slice(0, 5)).toEqual([]);
    expect(before.filter((r) => !have.has(key(r))).slice(0, 5)).toEqual([]);
    const counts = await rowCounts(db);
    expect(counts['warehouse.star_history_coverage']).toBeGreaterThan(0);
  });

  it('a star webhook sets the live figure of the day, stored like every delivery', async () => {
    const repo = await db.pool.query<{ github_id: string; repo_full_name: string; stars: number }>(
      `SELECT github_id, repo_full_name, snapshot_stars AS stars FROM analytics.repo_star_history
       WHERE repo_full_name = 'rust-lang/rust' AND snapshot_stars IS NOT NULL ORDER BY day DESC LIMIT 1`,
    );
    const { github_id, repo_full_name, stars } = repo.rows[0] as {
      github_id: string;
      repo_full_name: string;
      stars: number;
    };
    const starredAt = new Date(Date.now() + 86_400_000).toISOString();
    const payload = {
      action: 'created',
      starred_at: starredAt,
      repository: { id: Number(github_id), full_name: repo_full_name, stargazers_count: stars + 5 },
      sender: { login: 'someone', id: 1 },
    };
    const body = JSON.stringify(payload);
    await storeWebhookDeliveries(db.pool, [
      {
        deliveryId: 'star-delivery-1',
        event: 'star',
        action: 'created',
        headers: {},
        rawBody: body,
        status: 'received',
      },
    ]);
    await processPendingDeliveries(db);
    const live = await db.pool.query(
      `SELECT stars, source FROM analytics.repo_star_history WHERE github_id = $1 AND day = $2::date`,
      [github_id, starredAt.slice(0, 10)],
    );
    expect(live.rows[0]).toEqual({ stars: stars + 5, source: 'webhook' });
  });

  it('serves the history from the first day in the API, its CSV and stars.svg, marking where tracking began', async () => {
    const app = await createServer(db);
    try {
      const json = await app.inject({ method: 'GET', url: '/api/repos/rust-lang/rust/stars' });
      expect(json.statusCode).toBe(200);
      const items = json.json().items as { day: string; source: string }[];
      expect((items[0]?.day ?? '') < '2026-01-01').toBe(true);
      expect(items.some((d) => d.source === 'star_history')).toBe(true);
      expect(items.some((d) => d.source === 'snapshot')).toBe(true);
      const ranged = await app.inject({
        method: 'GET',
        url: '/api/repos/rust-lang/rust/stars?from=2026-07-01&to=2026-07-31',
      });
      expect(ranged.json().items).toHaveLength(31);
      const csv = await app.inject({
        method: 'GET',
        url: '/api/repos/rust-lang/rust/stars?from=2026-07-30&to=2026-08-02',
        headers: { accept: 'text/csv' },
      });
      expect(csv.body.trim().split('\n')).toHaveLength(5);
      const svg = await app.inject({ method: 'GET', url: '/api/repos/rust-lang/rust/stars.svg?scale=log' });
      expect(svg.statusCode).toBe(200);
      expect(svg.body).toContain('tracking-began');
    } finally {
      await app.close();
    }
  });

  it("shows a star webhook's live figure at once: the star history answers are not kept until the next run", async () => {
    const app = await createServer(db);
    try {
      const url = '/api/repos/rust-lang/rust/stars';
      const before = (await app.inject({ method: 'GET', url })).json().items as {
        day: string;
        stars: number;
      }[];
      const last = before.at(-1) as { day: string; stars: number };
      const svgBefore = (await app.inject({ method: 'GET', url: `${url}.svg` })).body;
      const { rows } = await db.pool.query(
        "SELECT github_id FROM warehouse.dim_repositories WHERE repo_full_name = 'rust-lang/rust' AND is_current",
      );
      const starredAt = new Date(Date.parse(`${last.day}T12:00:00Z`) + 86_400_000).toISOString();
      await storeWebhookDeliveries(db.pool, [
        {
          deliveryId: 'star-delivery-live',
          event: 'star',
          action: 'created',
          headers: {},
          rawBody: JSON.stringify({
            action: 'created',
            starred_at: starredAt,
            repository: {
              id: Number(rows[0].github_id),
              full_name: 'rust-lang/rust',
              stargazers_count: last.stars + 7,
            },
            sender: { login: 'someone-else', id: 2 },
          }),
          status: 'received',
        },
      ]);
      await processPendingDeliveries(db);
      const after = (await app.inject({ method: 'GET', url })).json().items as {
        day: string;
        stars: number;
        source: string;
      }[];
      expect(after.at(-1)).toMatchObject({
        day: starredAt.slice(0, 10),
        stars: last.stars + 7,
        source: 'webhook',
      });
      expect((await app.inject({ method: 'GET', url: `${url}.svg` })).body).not.toBe(svgBefore);
    } finally {
      await app.close();
    }
  });
});
