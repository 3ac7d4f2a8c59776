/**
 * What the delivery source costs at GitHub: it runs against the offline
 * replay for N repositories (the replay's, every DORA band and both
 * mechanisms) over some days, as daily runs do: a first run that backfills
 * delivery.backfill_days, then one run a day, each carrying the state
 * (ops.ingestion_state's cursor) and the compares landed so far (raw) to the
 * next, as the pipeline does. The replay counts the requests it answers.
 * Prints and writes requests per deployment and per repository-day to
 * artifacts/bench/delivery-cost.json.
 *
 *   npm run bench:delivery [-- --repos 100 --days 14 --from 2026-08-01]
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { addDays } from '../src/calendar-days.ts';
import { configSchema } from '../src/config/config-schema.ts';
import { startReplay } from '../src/github-replay/replay-server.ts';
import type { RepoState } from '../src/github-replay/replay-world.ts';
import { deliveryProfile } from '../src/github-replay/synthesized-deployments.ts';
import { asOfFor } from '../src/pipeline/run-ingest.ts';
import { collectDeliveryRepo } from '../src/pipeline/sources/delivery-source.ts';
import { createGitHubClient } from '../src/sources/github/client/github-client.ts';
import { writeFigures } from './write-figures.ts';

const { values } = parseArgs({
  options: {
    repos: { type: 'string', default: '100' },
    days: { type: 'string', default: '14' },
    from: { type: 'string', default: '2026-08-01' },
  },
});
const repoCount = Number(values.repos);
const steadyDays = Number(values.days);
const firstDay = values.from as string;

const replay = await startReplay(
  { date: firstDay, rateLimits: { core: 100_000_000, graphql: 1_000_000 } },
  {},
);
const config = configSchema.parse({}).delivery;
const repos = replay.world.dataset.repos
  .filter((repo) => {
    // present on every day of the run, so the cost is the source's, not the rankings' churn
    for (let day = 0; day <= steadyDays; day++) {
      replay.setDate(addDays(firstDay, day));
      if (!replay.world.state(repo)) return false;
    }
    return true;
  })
  .slice(0, repoCount);
replay.setDate(firstDay);
if (repos.length < repoCount) throw new Error(`only ${repos.length} repositories are present on every day`);

const states = new Map<string, { lastRun: string; cursor: Record<string, unknown> }>();
const known = new Map<string, Set<string>>();
const rows: Record<string, string | number>[] = [];
const steady = { requests: 0, graphql: 0, core: 0, deployments: 0, repoDays: 0, compares: 0 };
const backfill = { requests: 0, graphql: 0, core: 0, deployments: 0, compares: 0 };

for (let day = 0; day <= steadyDays; day++) {
  const date = addDays(firstDay, day);
  replay.setDate(date);
  const asOf = asOfFor(date);
  const before = { ...replay.stats, byResource: { ...replay.stats.byResource } };
  const github = createGitHubClient({
    baseUrl: replay.url,
    logger: pino({ level: 'silent' }),
    pacing: false,
  });
  let deployments = 0;
  let compares = 0;
  const started = performance.now();
  for (const repo of repos) {
    const state = states.get(repo.fullName);
    const result = await collectDeliveryRepo(github.octokit, repo.fullName, {
      config,
      date,
      asOf,
      state,
      known: known.get(repo.fullName) ?? new Set(),
    });
    const keys = known.get(repo.fullName) ?? new Set<string>();
    for (const record of result.records)
      if (record.kind === 'compare' && record.requestKey) keys.add(record.requestKey);
    known.set(repo.fullName, keys);
    if (result.cursor) states.set(repo.fullName, { lastRun: asOf, cursor: { ...result.cursor } });
    compares += result.counts.compares ?? 0;
    // Production deployments (any outcome) this run sees for the first time: those of its day
    // (the replay shows each day's end), or all of the backfill.
    const history = replay.world.delivery(replay.world.find(repo.owner, repo.name) as RepoState);
    const fromMs = state
      ? Date.parse(`${date}T00:00:00Z`)
      : Date.parse(asOf) - config.backfill_days * 86_400_000;
    const isNew = (created: number) => created >= fromMs && created <= history.asOf;
    deployments +=
      history.deployments.filter((d) => d.environment === 'production' && isNew(d.createdAt)).length +
      history.workflowRuns.filter((r) => r.name === 'Deploy to production' && isNew(r.createdAt)).length;
  }
  const requests = replay.stats.requests - before.requests;
  const graphql = (replay.stats.byResource.graphql ?? 0) - (before.byResource.graphql ?? 0);
  const core = (replay.stats.byResource.core ?? 0) - (before.byResource.core ?? 0);
  rows.push({
    date,
    run: day === 0 ? `first (${config.backfill_days} days back)` : 'daily',
    requests,
    'graphql points': graphql,
    'core requests': core,
    compares,
    'new production deployments': deployments,
    'requests per deployment': deployments ? (requests / deployments).toFixed(2) : '-',
    'requests per repository': (requests / repos.length).toFixed(2),
    'wall s': ((performance.now() - started) / 1000).toFixed(1),
  });
  const into = day === 0 ? backfill : steady;
  into.requests += requests;
  into.graphql += graphql;
  into.core += core;
  into.deployments += deployments;
  into.compares += compares;
  if (day > 0) steady.repoDays += repos.length;
}
await replay.close();

const bands: Record<string, number> = {};
for (const repo of repos) {
  const profile = deliveryProfile(repo.fullName);
  const key = `${profile.band} (${profile.mechanism})`;
  bands[key] = (bands[key] ?? 0) + 1;
}
const summary = {
  repositories: repos.length,
  steady_days: steadyDays,
  first_run: {
    ...backfill,
    requests_per_repository: +(backfill.requests / repos.length).toFixed(2),
    requests_per_deployment: +(backfill.requests / Math.max(1, backfill.deployments)).toFixed(2),
  },
  daily_runs: {
    ...steady,
    requests_per_repository_day: +(steady.requests / Math.max(1, steady.repoDays)).toFixed(2),
    requests_per_deployment: +(steady.requests / Math.max(1, steady.deployments)).toFixed(2),
    graphql_points_per_repository_day: +(steady.graphql / Math.max(1, steady.repoDays)).toFixed(2),
    core_requests_per_repository_day: +(steady.core / Math.max(1, steady.repoDays)).toFixed(2),
  },
};
console.table(rows);
writeFigures('delivery-cost', { repositories_by_band: bands, summary, days: rows });
