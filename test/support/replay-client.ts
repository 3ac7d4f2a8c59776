import pino from 'pino';
import { RankingDataset } from '../../src/github-replay/ranking-dataset.ts';
import { type ReplayOptions, startReplay } from '../../src/github-replay/replay-server.ts';
import {
  createGitHubClient,
  type GitHubClientOptions,
} from '../../src/sources/github/client/github-client.ts';

let dataset: RankingDataset | undefined;
/** The shipped ranking data, loaded once per test file. */
export function sharedDataset(): RankingDataset {
  dataset ??= RankingDataset.load();
  return dataset;
}

export const silentLogger = pino({ level: 'silent' });

/** A replay server and a client pointed at it, with fast retries for tests. */
export async function replayWithClient(
  replay: ReplayOptions = {},
  client: Partial<GitHubClientOptions> = {},
) {
  const server = await startReplay({ dataset: sharedDataset(), date: '2026-08-01', ...replay });
  const github = createGitHubClient({
    baseUrl: server.url,
    logger: silentLogger,
    pacing: false,
    backoffBaseMs: 5,
    timeoutMs: 2000,
    ...client,
  });
  return { server, github };
}
