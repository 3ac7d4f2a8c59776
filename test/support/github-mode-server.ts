import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import {
  type ReplayOptions,
  type RunningReplay,
  startReplay,
} from '../../src/github-replay/replay-server.ts';
import type { GitHubSignInSettings } from '../../src/identity/github-sign-in/sign-in-with-github.ts';
import type { IdentityDatabase } from '../../src/identity/identity-database.ts';
import type { Keep } from './close-after-all.ts';
import { freshWarehouseWithIdentity } from './fresh-database.ts';
import { listenOnLoopback } from './listen-on-loopback.ts';
import { replayGitHubAuth } from './replay-github-auth.ts';

export interface GitHubModeServer {
  db: Database;
  identity: IdentityDatabase;
  replay: RunningReplay;
  app: FastifyInstance;
  /** The server's base URL on 127.0.0.1. */
  url: string;
}

/**
 * gitpulse in auth.mode github whose GitHub is the replay, listening on loopback:
 * a fresh warehouse and identity database, the replay (`replay` options), and a
 * server signing in with replayGitHubAuth (`signIn` says what changes), all kept
 * to be closed after the file's tests.
 */
export async function startGitHubModeServer(
  keep: Keep,
  options: { replay?: ReplayOptions; signIn?: Partial<GitHubSignInSettings>; server?: ServerOptions } = {},
): Promise<GitHubModeServer> {
  const { db, identity } = await freshWarehouseWithIdentity(keep);
  const replay = keep(await startReplay(options.replay));
  const app = keep(
    await createServer(db, {
      identity,
      github: replayGitHubAuth(replay.url, options.signIn),
      ...options.server,
    }),
  );
  return { db, identity, replay, app, url: await listenOnLoopback(app) };
}
