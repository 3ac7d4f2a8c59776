import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar-days.ts';
import { configSchema } from '../../src/config/config-schema.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import type { Database } from '../../src/db/database.ts';
import { type RunningReplay, startReplay } from '../../src/github-replay/replay-server.ts';
import type { RepoState } from '../../src/github-replay/replay-world.ts';
import {
  type DeliveryHistory,
  deliveryProfile,
  deploymentAsOf,
} from '../../src/github-replay/synthesized-deployments.ts';
import { asOfFor, runIngest } from '../../src/pipeline/run-ingest.ts';
import {
  configPattern,
  DELIVERY_LOOKBACK_MS,
  isSuccessfulDeploymentRun,
  isSuccessfulProductionDeployment,
} from '../../src/pipeline/sources/delivery-source.ts';
import { listDeployments } from '../../src/sources/github/collect/list-deployments.ts';
import { listWorkflowRuns } from '../../src/sources/github/collect/list-workflow-runs.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { replayWithClient, sharedDataset, silentLogger } from '../support/replay-client.ts';

/*
 * The delivery source against the replay: what it lands is what the
 * replay's synthesized history says, counted here from the model (not from
 * what the collector read); the next day costs what changed; a compare is
 * asked once; a repository GitHub does not know is skipped.
 */

const ELITE = 'microsoft/PowerToys'; // GitHub deployments, every weekday
const BY_WORKFLOW = 'golang/go'; // "Deploy to production" workflow runs, every 18 days
const DELETED = 'facebook/react'; // ranked until June: gone on the replay's August days
const UNKNOWN = 'no-owner/no-such-repo';
// Days on which the elite repository ships new commits (a deployment after PRs merged).
const DAY1 = '2026-08-05';
const DAY2 = '2026-08-06';
const DAY3 = '2026-08-07';
const BACKFILL_DAYS = 45;

const config = configSchema.parse({
  orgs: [],
  languages: [],
  render: { enabled: false },
  star_history: { enabled: false },
  delivery: { repos: [ELITE, BY_WORKFLOW, DELETED, UNKNOWN], backfill_days: BACKFILL_DAYS },
});

let db: Database;
let replay: RunningReplay;
beforeAll(async () => {
  db = await createFreshDatabase();
  // Three PRs a day (the demo's 0.5 leaves most of an elite repository's deployments redeploys).
  replay = await startReplay({ dataset: sharedDataset(), date: DAY1, pullsPerDay: 3 });
});
afterAll(async () => {
  await replay?.close();
  await db?.close();
});

const ingest = (date: string) => {
  replay.setDate(date);
  return runIngest({
    db,
    config,
    logger: silentLogger,
    github: { baseUrl: replay.url, pacing: false, backoffBaseMs: 5, retries: 2, timeoutMs: 5000 },
    date,
    only: ['delivery'],
  });
};

interface RawRow {
  kind: string;
  request_key: string | null;
  api_response: Record<string, unknown>;
}
const rawRows = async (fullName: string, date: string, kind: string): Promise<RawRow[]> =>
  (
    await db.pool.query<RawRow>(
      'SELECT kind, request_key, api_response FROM raw.github_delivery WHERE repo_full_name = $1 AND snapshot_date = $2 AND kind = $3 ORDER BY id',
      [fullName, date, kind],
    )
  ).rows;

/** The replay's model of a repository on a day (the simulated clock moved there). */
const historyOn = (fullName: string, date: string): { history: DeliveryHistory; state: RepoState } => {
  replay.setDate(date);
  const [owner, name] = fullName.split('/') as [string, string];
  const state = replay.world.find(owner, name) as RepoState;
  return { history: replay.world.delivery(state), state };
};

/** Successful production deployments of the model as of its day, oldest first: GitHub deployments or deploy runs. */
function successes(history: DeliveryHistory): { id: number; sha: string; createdAt: number }[] {
  const deployments = history.deployments
    .filter((d) => d.environment === 'production')
    .filter((d) =>
      ['SUCCESS', 'INACTIVE'].includes(deploymentAsOf(d, history.asOf).latestStatus?.state ?? ''),
    )
    .map((d) => ({ id: d.id, sha: d.sha, createdAt: d.createdAt }));
  const runs = history.workflowRuns
    .filter(
      (r) => r.name === 'Deploy to production' && r.conclusion === 'success' && r.finishedAt <= history.asOf,
    )
    .map((r) => ({ id: r.id, sha: r.headSha, createdAt: r.createdAt }));
  return [...deployments, ...runs].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}

/**
 * What each successful production deployment created from `from` on shipped:
 * 'previous...this', when they differ. On a first run the previous one must be
 * inside the window too (the first one read has none to compare with).
 */
function shippedPairs(history: DeliveryHistory, from: number, { firstRun = false } = {}): string[] {
  const all = successes(history);
  return all.flatMap((d, i) => {
    const previous = all[i - 1];
    if (!previous || d.createdAt < from || (firstRun && previous.createdAt < from)) return [];
    return previous.sha !== d.sha ? [`${previous.sha}...${d.sha}`] : [];
  });
}

const since1 = Date.parse(asOfFor(DAY1)) - BACKFILL_DAYS * 86_400_000;

describe('the delivery source on its first day', () => {
  let compareRequests = 0;
  beforeAll(async () => {
    const summary = await ingest(DAY1);
    compareRequests = summary.github.byRoute['GET /repos/{owner}/{repo}/compare/{basehead}'] ?? 0;
  });

  it('lands the deployments the replay has in the backfill window, newest first, 100 a page', async () => {
    const { history } = historyOn(ELITE, DAY1);
    const newestFirst = [...history.deployments].reverse();
    const inWindow = newestFirst.filter((d) => d.createdAt >= since1).length;
    expect(inWindow).toBeGreaterThan(100); // so the window takes a second page
    const pages = await rawRows(ELITE, DAY1, 'deployments');
    // Pages until one reaches past the window's start.
    expect(pages).toHaveLength(Math.floor(inWindow / 100) + 1);
    expect(pages.map((p) => p.request_key)[0]).toBeNull();
    const nodes = pages.flatMap(
      (p) =>
        (p.api_response.deployments as { nodes: { databaseId: number; latestStatus: { state: string } }[] })
          .nodes,
    );
    expect(nodes.map((n) => n.databaseId)).toEqual(newestFirst.slice(0, pages.length * 100).map((d) => d.id));
    expect(pages[0]?.api_response).toMatchObject({
      nameWithOwner: ELITE,
      defaultBranchRef: { name: 'main' },
    });
    const states = new Set(nodes.map((n) => n.latestStatus.state));
    for (const state of ['SUCCESS', 'INACTIVE', 'FAILURE']) expect(states).toContain(state);
  });

  it('lands the issues updated in the window, incidents among them', async () => {
    const { history } = historyOn(ELITE, DAY1);
    const updated = (i: DeliveryHistory['issues'][number]) =>
      i.closedAt !== null && i.closedAt <= history.asOf ? i.closedAt : i.createdAt;
    const expected = history.issues.filter((i) => updated(i) >= since1).map((i) => i.number);
    const pages = await rawRows(ELITE, DAY1, 'issues');
    const nodes = pages.flatMap(
      (p) =>
        (p.api_response.issues as { nodes: { number: number; labels: { nodes: { name: string }[] } }[] })
          .nodes,
    );
    expect(nodes.map((n) => n.number).sort()).toEqual(expected.sort());
    const incidents = nodes.filter((n) =>
      n.labels.nodes.some((l) => configPattern(config.delivery.incident_label).test(l.name)),
    );
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.length).toBeLessThan(nodes.length);
  });

  it("lands the default branch's workflow runs, keyed by the branch", async () => {
    const { history } = historyOn(BY_WORKFLOW, DAY1);
    const day = new Date(since1).toISOString().slice(0, 10);
    const expected = history.workflowRuns.filter(
      (r) => new Date(r.createdAt).toISOString().slice(0, 10) >= day,
    );
    const pages = await rawRows(BY_WORKFLOW, DAY1, 'workflow_runs');
    expect(pages.map((p) => p.request_key)).toEqual(pages.map(() => 'main'));
    const runs = pages.flatMap((p) => p.api_response.workflow_runs as { id: number; name: string }[]);
    expect(runs.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(runs.filter((r) => r.name === 'Deploy to production').length).toBeGreaterThan(0);
    expect(pages[0]?.api_response.total_count).toBe(expected.length);
  });

  it('asks one compare per successful production deployment that shipped something: those merge commits, in order', async () => {
    const expected = [
      ...shippedPairs(historyOn(ELITE, DAY1).history, since1, { firstRun: true }),
      ...shippedPairs(historyOn(BY_WORKFLOW, DAY1).history, since1, { firstRun: true }),
    ];
    const rows = [
      ...(await rawRows(ELITE, DAY1, 'compare')),
      ...(await rawRows(BY_WORKFLOW, DAY1, 'compare')),
    ];
    expect(rows.map((r) => r.request_key)).toEqual(expected);
    expect(compareRequests).toBe(expected.length);
    expect((await rawRows(BY_WORKFLOW, DAY1, 'compare')).length).toBeGreaterThan(0);

    // Each lists the merge commits of the PRs merged between the two deployments: the replay's PRs
    // (the pulls source's: those opened in the 40 days before the day, so the last 30 days' pairs).
    const { history, state } = historyOn(ELITE, DAY1);
    const at = new Map(successes(history).map((d) => [d.sha, d.createdAt]));
    const pulls = replay.world.pulls(state).filter((pr) => pr.merged);
    let checked = 0;
    for (const row of await rawRows(ELITE, DAY1, 'compare')) {
      const [base, head] = (row.request_key as string).split('...') as [string, string];
      const [from, to] = [at.get(base) as number, at.get(head) as number];
      if (from < history.asOf - 30 * 86_400_000) continue;
      checked += 1;
      const merged = pulls
        .filter((pr) => Date.parse(pr.mergedAt as string) > from && Date.parse(pr.mergedAt as string) <= to)
        .sort((a, b) => (a.mergedAt as string).localeCompare(b.mergedAt as string) || a.number - b.number);
      const commits = row.api_response.commits as { sha: string; commit: { author: { date: string } } }[];
      expect(commits.map((c) => c.sha)).toEqual(merged.map((pr) => pr.mergeCommitSha));
      expect(commits.map((c) => c.commit.author.date)).toEqual(merged.map((pr) => pr.mergedAt));
      expect(row.api_response.status).toBe('ahead');
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('a deleted or unknown repository lands nothing and keeps no state; the run goes on', async () => {
    for (const fullName of [DELETED, UNKNOWN]) {
      const { rows } = await db.pool.query(
        'SELECT count(*)::int AS n FROM raw.github_delivery WHERE repo_full_name = $1',
        [fullName],
      );
      expect(rows[0].n, fullName).toBe(0);
    }
    const state = await db.pool.query<{ source: string }>(
      "SELECT source FROM ops.ingestion_state WHERE source LIKE 'delivery:%' ORDER BY source",
    );
    expect(state.rows.map((r) => r.source)).toEqual([`delivery:${BY_WORKFLOW}`, `delivery:${ELITE}`]);
    const run = await db.pool.query(
      'SELECT status FROM warehouse.fact_workflow_runs WHERE run_date = $1 ORDER BY started_at DESC LIMIT 1',
      [DAY1],
    );
    expect(run.rows[0]?.status).toBe('succeeded');
  });
});

describe('the next days', () => {
  it('the next day asks only for what changed: two GraphQL points and a page of runs per repository, and the new compares', async () => {
    const summary = await ingest(DAY2);
    const routes = summary.github.byRoute;
    // Two known repositories: deployments and issues each; the other two: the deployments query that finds nothing.
    expect(routes.graphql).toBe(2 * 2 + 2);
    expect(routes['GET /repos/{owner}/{repo}/actions/runs']).toBe(2);
    const since2 = Date.parse(asOfFor(DAY1)) - DELIVERY_LOOKBACK_MS;
    const fresh = [ELITE, BY_WORKFLOW].flatMap((fullName) => {
      const before = new Set(shippedPairs(historyOn(fullName, DAY1).history, since1, { firstRun: true }));
      return shippedPairs(historyOn(fullName, DAY2).history, since2).filter((pair) => !before.has(pair));
    });
    expect(fresh.length).toBeGreaterThan(0);
    expect(routes['GET /repos/{owner}/{repo}/compare/{basehead}'] ?? 0).toBe(fresh.length);
    const landed = [
      ...(await rawRows(ELITE, DAY2, 'compare')),
      ...(await rawRows(BY_WORKFLOW, DAY2, 'compare')),
    ];
    expect(landed.map((r) => r.request_key).sort()).toEqual([...fresh].sort());
    // The day's deployments page is one page, not the backfill again.
    expect(await rawRows(ELITE, DAY2, 'deployments')).toHaveLength(1);
  });

  it('a compare is never asked twice: a re-run of the day asks none and replaces its pages; later days neither', async () => {
    const pagesBefore = (await rawRows(ELITE, DAY2, 'deployments')).length;
    const comparesBefore = (await rawRows(ELITE, DAY2, 'compare')).length;
    const again = await ingest(DAY2);
    expect(again.github.byRoute['GET /repos/{owner}/{repo}/compare/{basehead}'] ?? 0).toBe(0);
    expect(await rawRows(ELITE, DAY2, 'deployments')).toHaveLength(pagesBefore);
    expect(await rawRows(ELITE, DAY2, 'compare')).toHaveLength(comparesBefore);

    await ingest(DAY3);
    const twice = await db.pool.query(
      "SELECT repo_full_name, request_key, count(*)::int AS n FROM raw.github_delivery WHERE kind = 'compare' GROUP BY 1, 2 HAVING count(*) > 1",
    );
    expect(twice.rows).toEqual([]);
  });

  it('a deployment whose commits the warehouse already has is not compared again', async () => {
    // The next day's first new pair, for a deployment the warehouse has modelled (as the delivery modelling would).
    const DAY4 = addDays(DAY3, 1);
    const landed = await db.pool.query<{ request_key: string }>(
      "SELECT request_key FROM raw.github_delivery WHERE kind = 'compare' AND repo_full_name = $1",
      [ELITE],
    );
    const before = new Set(landed.rows.map((r) => r.request_key));
    const { history } = historyOn(ELITE, DAY4);
    const fresh = shippedPairs(history, Date.parse(asOfFor(DAY3)) - DELIVERY_LOOKBACK_MS).filter(
      (pair) => !before.has(pair),
    );
    expect(fresh.length).toBeGreaterThan(0);
    const nextSha = (fresh[0] as string).split('...')[1];
    const next = successes(history).find(
      (d) => d.sha === nextSha && d.createdAt >= Date.parse(`${DAY4}T00:00:00Z`),
    );
    expect(next).toBeDefined();
    const repo = await db.pool.query<{ id: string }>(
      "INSERT INTO warehouse.repositories (github_id, name, full_name, owner) VALUES (102393, 'PowerToys', $1, 'microsoft') ON CONFLICT (github_id) DO UPDATE SET name = EXCLUDED.name RETURNING id",
      [ELITE],
    );
    const repoId = repo.rows[0]?.id;
    await db.pool.query(
      "INSERT INTO warehouse.deployments (repo_id, source, deployment_id, environment, is_production, sha, status, started_at) VALUES ($1, 'deployment', $2, 'production', true, $3, 'success', now()) ON CONFLICT DO NOTHING",
      [repoId, next?.id, next?.sha],
    );
    await db.pool.query(
      "INSERT INTO warehouse.deployment_commits (repo_id, source, deployment_id, commit_sha) VALUES ($1, 'deployment', $2, $3) ON CONFLICT DO NOTHING",
      [repoId, next?.id, next?.sha],
    );
    const expected = fresh.slice(1);
    const summary = await ingest(DAY4);
    const keys = (await rawRows(ELITE, DAY4, 'compare')).map((r) => r.request_key);
    expect(keys.some((key) => key?.endsWith(`...${next?.sha}`))).toBe(false);
    expect(keys.sort()).toEqual(expected.sort());
    expect(summary.github.byRoute['GET /repos/{owner}/{repo}/compare/{basehead}'] ?? 0).toBe(
      expected.length + (await rawRows(BY_WORKFLOW, DAY4, 'compare')).length,
    );
  });
});

describe("the replay's delivery histories", () => {
  it('the production and success rules: the config patterns, SUCCESS or INACTIVE, a deploy workflow concluded on the default branch', () => {
    const production = configPattern('(?i)prod');
    const node = (environment: string, state: string) => ({
      databaseId: 1,
      environment,
      createdAt: '',
      updatedAt: '',
      commitOid: 'a',
      task: 'deploy',
      latestStatus: { state, createdAt: '' },
    });
    expect(isSuccessfulProductionDeployment(node('Production', 'SUCCESS'), production)).toBe(true);
    expect(isSuccessfulProductionDeployment(node('production', 'INACTIVE'), production)).toBe(true);
    expect(isSuccessfulProductionDeployment(node('production', 'FAILURE'), production)).toBe(false);
    expect(isSuccessfulProductionDeployment(node('staging', 'SUCCESS'), production)).toBe(false);
    expect(isSuccessfulProductionDeployment(node('Production', 'SUCCESS'), configPattern('prod'))).toBe(
      false,
    );
    const run = {
      id: 1,
      name: 'Deploy to production',
      head_branch: 'main',
      head_sha: 'a',
      status: 'completed',
      conclusion: 'success',
      created_at: '',
      updated_at: '',
    };
    const workflow = configPattern('(?i)(deploy|release)');
    expect(isSuccessfulDeploymentRun(run, workflow, 'main')).toBe(true);
    expect(isSuccessfulDeploymentRun({ ...run, head_branch: 'feature' }, workflow, 'main')).toBe(false);
    expect(isSuccessfulDeploymentRun({ ...run, name: 'CI' }, workflow, 'main')).toBe(false);
    expect(isSuccessfulDeploymentRun({ ...run, conclusion: 'failure' }, workflow, 'main')).toBe(false);
  });

  it("the demo's repositories cover every DORA band, by deployment days a week and a month read from the replay", async () => {
    const demo = loadConfig('gitpulse.config.yaml').config.delivery;
    expect(demo.repos.length).toBeGreaterThanOrEqual(4);
    const end = '2026-08-22';
    const { server, github } = await replayWithClient({ date: end });
    try {
      // 24 weeks, 6 months of 4 weeks: the replay serves 180 days.
      const weeks = 24;
      const since = `${addDays(end, -weeks * 7 + 1)}T00:00:00Z`;
      const bands = new Map<string, string>();
      for (const fullName of demo.repos) {
        const deployments = await listDeployments(github.octokit, fullName, since);
        expect(deployments.missing, fullName).toBe(false);
        const runs = await listWorkflowRuns(github.octokit, fullName, 'main', since);
        const days = new Set(
          [
            ...deployments.deployments
              .filter((d) => isSuccessfulProductionDeployment(d, configPattern(demo.production_environment)))
              .map((d) => d.createdAt),
            ...runs.runs
              .filter((r) => isSuccessfulDeploymentRun(r, configPattern(demo.deployment_workflow), 'main'))
              .map((r) => r.created_at),
          ]
            .filter((at) => at >= since)
            .map((at) => at.slice(0, 10)),
        );
        const median = (counts: number[]) => {
          const sorted = [...counts].sort((a, b) => a - b);
          const middle = sorted.length / 2;
          return ((sorted[Math.floor(middle - 0.5)] ?? 0) + (sorted[Math.ceil(middle - 0.5)] ?? 0)) / 2;
        };
        const perWeek = Array.from(
          { length: weeks },
          (_, w) =>
            Array.from({ length: 7 }, (_, d) => addDays(end, -(w * 7 + d))).filter((day) => days.has(day))
              .length,
        );
        const perMonth = Array.from(
          { length: 6 },
          (_, m) =>
            Array.from({ length: 28 }, (_, d) => addDays(end, -(m * 28 + d))).filter((day) => days.has(day))
              .length,
        );
        const band =
          median(perWeek) >= 5
            ? 'elite'
            : median(perWeek) >= 1
              ? 'high'
              : median(perMonth) >= 1
                ? 'medium'
                : 'low';
        bands.set(fullName, band);
        expect(band, fullName).toBe(deliveryProfile(fullName).band);
      }
      expect(new Set(bands.values())).toEqual(new Set(['elite', 'high', 'medium', 'low']));
    } finally {
      await server.close();
    }
  });
});
