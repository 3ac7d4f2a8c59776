/**
 * What it costs at GitHub to refresh N tracked repositories (stars, forks,
 * issues, languages): GraphQL batches of 100 versus REST, one request per
 * repository per endpoint (GET /repos/{o}/{r} and GET /repos/{o}/{r}/languages).
 * Runs against the offline replay (scaled copies of the real data) with the
 * quota raised so the REST path is measured, not rate-limited.
 *
 *   npm run bench:github-cost
 */
import pino from 'pino';
import { RankingDataset } from '../src/github-replay/ranking-dataset.ts';
import { startReplay } from '../src/github-replay/replay-server.ts';
import { repoNodeId } from '../src/github-replay/replay-world.ts';
import { createGitHubClient } from '../src/sources/github/client/github-client.ts';
import { refreshRepositories } from '../src/sources/github/collect/refresh-repositories.ts';

const sizes = [1_000, 10_000];
const dataset = RankingDataset.load({ scale: 4 });
const replay = await startReplay(
  { dataset, date: '2026-08-22', rateLimits: { core: 1_000_000, graphql: 1_000_000 } },
  {},
);
const live = dataset.repos.filter((repo) => replay.world.state(repo));
const client = () =>
  createGitHubClient({ baseUrl: replay.url, logger: pino({ level: 'silent' }), pacing: false });

const rows: Record<string, string | number>[] = [];
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
}
await replay.close();
console.table(rows);
