import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAppRoutes } from './app-routes.ts';
import { type FaultPlan, parseFaultPlan } from './fault-plan.ts';
import { registerGhArchiveRoutes } from './gharchive-routes.ts';
import { RankingDataset } from './ranking-dataset.ts';
import { GITHUB_RATE_LIMITS, type RateLimitSettings, RateLimits } from './rate-limits.ts';
import { answerLikeGitHub, type ReplayStats } from './replay-answer.ts';
import { privateRepoHistories } from './replay-people.ts';
import { type ReplayRename, ReplayWorld } from './replay-world.ts';
import { GITHUB_DOCS } from './rest-objects.ts';
import { registerRestRoutes, repositoryByIdUrl } from './rest-routes.ts';
import { type ReplaySignIn, registerSignInRoutes } from './sign-in-routes.ts';

export interface ReplayOptions {
  date?: string;
  faults?: string | FaultPlan;
  rateLimits?: Partial<RateLimitSettings>;
  dataset?: RankingDataset;
  /** Extra copies of every repository, for benchmarks (see RankingDataset.load). */
  scale?: number;
  /** Pull requests opened per repository and day (default 0.5). */
  pullsPerDay?: number;
  /** Seconds the device flow tells clients to wait between polls (GitHub: 5). */
  deviceInterval?: number;
  /** Repositories deleted from a day on: full name → first day gone (ReplayWorld). */
  deletions?: Record<string, string>;
  /** Repositories renamed or transferred from a day on: old full name → new name and day (ReplayWorld). */
  renames?: Record<string, ReplayRename>;
}

export interface RunningReplay {
  url: string;
  /** Base URL of the synthesized GH Archive hours (`${url}/gharchive`). */
  gharchiveUrl: string;
  world: ReplayWorld;
  /** Requests answered, by resource, and 304s (which GitHub does not count). */
  stats: ReplayStats;
  /** Each credential's quotas (by its token; '' unauthenticated). */
  limits: RateLimits;
  /** Installation tokens minted for GitHub Apps. */
  appTokens: { installationId: string; token: string }[];
  /** Sign-in state: the user tokens handed out. */
  signIn: ReplaySignIn;
  setDate(date: string): void;
  setFaults(faults: string | FaultPlan): void;
  close(): Promise<void>;
}

/**
 * The offline GitHub: a local HTTP server that answers the REST and GraphQL
 * calls gitpulse makes, from the real ranking data, with GitHub's headers
 * (Link, ETag/304, x-ratelimit-*, retry-after) and injectable faults.
 */
export async function startReplay(
  options: ReplayOptions = {},
  listen: { port?: number; host?: string } = {},
): Promise<RunningReplay> {
  const ranked = options.dataset ?? RankingDataset.load({ scale: options.scale });
  const dataset = ranked.withRepos(privateRepoHistories(ranked.dates));
  const date = options.date ?? dataset.lastDate;
  assertDate(dataset, date);
  const world = new ReplayWorld(dataset, '', date, options.pullsPerDay, options.deletions, options.renames);
  const app = Fastify({
    logger: false,
    bodyLimit: 5 * 1024 * 1024,
    rewriteUrl: (request) => repositoryByIdUrl(world, request.url ?? '/'),
  });
  const limits = new RateLimits({ ...GITHUB_RATE_LIMITS, ...options.rateLimits });
  let plan = typeof options.faults === 'object' ? options.faults : parseFaultPlan(options.faults);
  const stats: ReplayStats = { requests: 0, notModified: 0, byResource: {} };
  // Another day is a day later, past every hourly window: each credential's quotas start afresh, as
  // they would for a daily run on GitHub (the replay moves through days in minutes).
  const moveTo = (next: string) => {
    if (next !== world.date) limits.resetAll();
    world.date = next;
  };

  // Not GitHub's: every answer tells gitpulse its data is the replay's (demo data).
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-gitpulse-replay', '1');
    return payload;
  });
  registerRestRoutes(app, world, limits, answerLikeGitHub({ limits, stats, plan: () => plan }));
  const appTokens: RunningReplay['appTokens'] = [];
  registerAppRoutes(app, appTokens);
  const signIn: ReplaySignIn = { deviceInterval: options.deviceInterval ?? 5, tokens: new Map() };
  registerSignInRoutes(app, signIn);

  // GH Archive's hour files, for `gitpulse events import` (not rate-limited: not the API).
  registerGhArchiveRoutes(app, dataset);

  // Not GitHub: the replay's own controls.
  app.get('/_replay', async () => ({
    date: world.date,
    first: dataset.firstDate,
    last: dataset.lastDate,
    stats,
  }));
  app.put('/_replay/date', async (request, reply) => {
    const next = (request.body as { date?: string } | undefined)?.date ?? '';
    try {
      assertDate(dataset, next);
    } catch (error) {
      return reply.code(422).send({ message: (error as Error).message });
    }
    moveTo(next);
    return { date: world.date };
  });

  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).send({ message: 'Not Found', documentation_url: GITHUB_DOCS });
  });

  const address = await app.listen({ port: listen.port ?? 0, host: listen.host ?? '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const url = address.startsWith('http') ? `http://127.0.0.1:${port}` : address;
  world.baseUrl = url;
  return {
    url,
    gharchiveUrl: `${url}/gharchive`,
    world,
    stats,
    limits,
    appTokens,
    signIn,
    setDate: (next) => {
      assertDate(dataset, next);
      moveTo(next);
    },
    setFaults: (faults) => {
      plan = typeof faults === 'object' ? faults : parseFaultPlan(faults);
      stats.requests = 0;
    },
    close: () => closeApp(app),
  };
}

async function closeApp(app: FastifyInstance): Promise<void> {
  app.server.closeAllConnections?.();
  await app.close();
}

function assertDate(dataset: RankingDataset, date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < dataset.firstDate || date > dataset.lastDate) {
    throw new RangeError(
      `The replay has data from ${dataset.firstDate} to ${dataset.lastDate}; ${date || '(none)'} is outside.`,
    );
  }
}
