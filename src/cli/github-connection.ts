import type { Env } from '../config/env-schema.ts';
import { envSchema } from '../config/env-schema.ts';
import { type RunningReplay, startReplay } from '../github-replay/replay-server.ts';
import type { Logger } from '../log/logger.ts';
import type { Credential } from '../sources/github/client/credential.ts';
import { UserFacingError } from '../user-facing-error.ts';

export interface GitHubConnection {
  baseUrl: string;
  /** GITHUB_TOKEN, GITHUB_TOKENS and the GitHub App, in that order; empty for the replay. */
  credentials: Credential[];
  /** GitHub's own pacing between searches and GraphQL calls; off for a local replay. */
  pacing: boolean;
  /** The in-process offline replay, when gitpulse started one. */
  replay?: RunningReplay;
  close(): Promise<void>;
}

const DEFAULT_API_URL = envSchema.shape.GITHUB_API_URL.parse(undefined);

/** Every credential the environment gives, labelled without their secrets. */
export function credentialsFromEnv(env: Env): Credential[] {
  const tokens = [...(env.GITHUB_TOKEN ? [env.GITHUB_TOKEN] : []), ...env.GITHUB_TOKENS];
  const credentials: Credential[] = [...new Set(tokens)].map((token, index) => ({
    kind: 'token',
    label: `token ${index + 1}`,
    token,
  }));
  if (env.GITHUB_APP_ID && env.GITHUB_APP_PRIVATE_KEY && env.GITHUB_APP_INSTALLATION_ID)
    credentials.push({
      kind: 'app',
      label: `app ${env.GITHUB_APP_ID} installation ${env.GITHUB_APP_INSTALLATION_ID}`,
      appId: env.GITHUB_APP_ID,
      privateKey: env.GITHUB_APP_PRIVATE_KEY,
      installationId: env.GITHUB_APP_INSTALLATION_ID,
    });
  return credentials;
}

/**
 * A credential (GITHUB_TOKEN, GITHUB_TOKENS or a GitHub App) → GitHub (or GITHUB_API_URL, e.g. Enterprise Server).
 * No token and GITHUB_API_URL left at its default → an offline replay started
 * in this process. No token with GITHUB_API_URL set → that URL, unauthenticated
 * (a replay started with `gitpulse github-replay`).
 */
export async function connectGitHub(
  env: Env,
  logger: Logger,
  replayDate?: string,
): Promise<GitHubConnection> {
  const credentials = credentialsFromEnv(env);
  if (credentials.length > 0) {
    return { baseUrl: env.GITHUB_API_URL, credentials, pacing: true, close: async () => {} };
  }
  if (env.GITHUB_API_URL !== DEFAULT_API_URL) {
    logger.info(
      { url: env.GITHUB_API_URL },
      'no GITHUB_TOKEN: calling GITHUB_API_URL without authentication',
    );
    return { baseUrl: env.GITHUB_API_URL, credentials: [], pacing: false, close: async () => {} };
  }
  // Relaxed search quotas: a backfill replays a month of days within minutes.
  let replay: RunningReplay;
  try {
    replay = await startReplay({ date: replayDate, rateLimits: { search: 1000, code_search: 1000 } });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UserFacingError(
      `--date ${replayDate}: without GITHUB_TOKEN gitpulse collects from the offline replay, and ${error.message.replace(/^The replay/, 'it')}`,
      'Pick a day in that range, or set GITHUB_TOKEN to collect from GitHub.',
      2,
    );
  }
  logger.info(
    { url: replay.url, days: `${replay.world.dataset.firstDate}..${replay.world.dataset.lastDate}` },
    'no GITHUB_TOKEN: using the offline GitHub replay (real daily rankings, see src/github-replay/README.md)',
  );
  // A terminal shows warnings only (src/log/logger.ts): say it there too, since what follows is demo data.
  if (process.stderr.isTTY)
    process.stderr.write(
      `No GITHUB_TOKEN: collecting from the offline GitHub replay (real daily rankings, ${replay.world.dataset.firstDate} to ${replay.world.dataset.lastDate}).\n`,
    );
  return { baseUrl: replay.url, credentials: [], pacing: false, replay, close: () => replay.close() };
}
