/**
 * What it costs at GitHub to refresh N tracked repositories (stars, forks,
 * issues, languages): GraphQL batches of 100 versus REST, one request per
 * repository per endpoint (GET /repos/{o}/{r} and GET /repos/{o}/{r}/languages).
 * Then the star history (stargazers/history): the core requests of a first
 * backfill of the N repositories (every page) and of the next day's refresh
 * (page 1 each, conditional on its ETag: an unchanged one is a free 304).
 * Runs against the offline replay (scaled copies of the real data) with the
 * quota raised so the paths are measured, not rate-limited. Figures go to
 * artifacts/bench/github-cost.json.
 *
 *   npm run bench:github-cost
 */
import pino from 'pino';
import { RankingDataset } from '../src/github-replay/ranking-dataset.ts';
import { startReplay } from '../src/github-replay/replay-server.ts';
import { repoNodeId } from '../src/github-replay/replay-world.ts';
import { createGitHubClient } from '../src/sources/github/client/github-client.ts';
import {
  fetchStarHistory,
  type StarHistoryTarget,
} from '../src/sources/github/collect/fetch-star-history.ts';
import { refreshRepositories } from '../src/sources/github/collect/refresh-repositories.ts';
import { writeFigures } from './write-figures.ts';

const sizes = [1_000, 10_000];
const dataset = RankingDataset.load({ scale: 4 });
const replay = await startReplay(
  { dataset, date: '2026-08-22', rateLimits: { core: 100_000_000, graphql: 1_000_000 } },
  {},
);
const live = dataset.repos.filter((repo) => replay.world.state(repo));
const client = () =>
  createGitHubClient({ baseUrl: replay.url, logger: pino({ level: 'silent' }), pacing: false });

const rows: Record<string, string | number>[] = [];
const starHistory: Record<string, string | number>[] = [];
// A first backfill on the replay's last day but one, the steady refresh on its last day.
const BACKFILL_DAY = '2026-08-21';
const STEADY_DAY = '2026-08-22';
for (const size of sizes) {
  const repos = live.slice(0, size);
  if (repos.length < size) throw new Error(`only ${repos.length} repositories in the scaled data`);

  const graphql = client();
  let started = performance.now();
  for await (const _batch of refreshRepositories(
    graphql.octokit,
    repos.map((repo) => repoNodeId(repo.githubId)),
  ));
  const graphqlMs = performance.now() - started;

  const rest = client();
  started = performance.now();
  // Ten requests in flight, as many as the throttling plugin lets through at once.
  const queue = [...repos];
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let repo = queue.shift(); repo; repo = queue.shift()) {
        await rest.octokit.request('GET /repos/{owner}/{repo}', { owner: repo.owner, repo: repo.name });
        await rest.octokit.request('GET /repos/{owner}/{repo}/languages', {
          owner: repo.owner,
          repo: repo.name,
        });
      }
    }),
  );
  const restMs = performance.now() - started;

  rows.push({
    repos: size,
    'graphql requests': graphql.cost.requests,
    'graphql points': graphql.cost.graphqlPoints,
    'rest requests': rest.cost.requests,
    'quota ratio rest/graphql': (rest.cost.requests / graphql.cost.graphqlPoints).toFixed(0),
    'hours of 5000/h quota (rest)': (rest.cost.requests / 5000).toFixed(2),
    'graphql wall s': (graphqlMs / 1000).toFixed(2),
    'rest wall s': (restMs / 1000).toFixed(2),
  });

  // Star history: a first backfill on one day, then the next day's refresh of page 1.
  replay.setDate(BACKFILL_DAY);
  const backfill = client();
  const targets: StarHistoryTarget[] = repos.map((repo) => ({
    githubId: repo.githubId,
    fullName: repo.fullName,
    complete: false,
    nextPage: 1,
    page1Etag: null,
  }));
  const etags = new Map<number, string | null>();
  started = performance.now();
  for await (const outcome of fetchStarHistory(backfill.octokit, targets, Number.POSITIVE_INFINITY)) {
    etags.set(outcome.target.githubId, outcome.pages.find((page) => page.page === 1)?.etag ?? null);
  }
  const backfillMs = performance.now() - started;

  replay.setDate(STEADY_DAY);
  const steady = client();
  const refreshed = targets.map((target) => ({
    ...target,
    complete: true,
    page1Etag: etags.get(target.githubId) ?? null,
  }));
  let notModified = 0;
  started = performance.now();
  for await (const outcome of fetchStarHistory(steady.octokit, refreshed, Number.POSITIVE_INFINITY)) {
    if (outcome.notModified) notModified += 1;
  }
  const steadyMs = performance.now() - started;
  starHistory.push({
    repos: size,
    'first backfill requests': backfill.cost.requests,
    'pages per repository': (backfill.cost.requests / size).toFixed(1),
    'first backfill hours of one 5000/h token': (backfill.cost.requests / 5000).toFixed(1),
    'steady day requests': steady.cost.requests,
    'steady day 304s (free)': notModified,
    'steady day quota spent': steady.cost.requests - notModified,
    'backfill wall s': (backfillMs / 1000).toFixed(1),
    'steady day wall s': (steadyMs / 1000).toFixed(1),
  });
}
await replay.close();
console.table(rows);
console.table(starHistory);
writeFigures('github-cost', { refresh: rows, star_history: starHistory });
