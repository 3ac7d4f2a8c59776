import type { FastifyInstance } from 'fastify';
import type { Logger } from '../log/logger.ts';

/** What the dashboard's first page and the API's busiest lists ask for, as a visitor would. */
const FIRST_READS = [
  '/api/about',
  '/api/trending?limit=25',
  '/api/languages',
  '/api/trending?limit=50&window=7d',
];
/** Each read this many times at once, so as many pool connections have seen them. */
const CONNECTIONS = 3;

/**
 * Pays before `listen` what the first requests of a new process would: the
 * pool's first connections (authentication, and each backend loading the
 * catalog of the month partitions it reads), the statements' first plans, and
 * the JavaScript of the routes and their response schemas. Measured by
 * bench:api (a new process's first /api/trending, with and without). Requests
 * go through the server itself (inject), so they meet its authentication: in
 * auth.mode github they stop there and warm only the server's own code. A
 * failure is logged and ignored: a cold start is slower, never refused.
 */
export async function warmUp(app: FastifyInstance, logger?: Logger): Promise<void> {
  const started = performance.now();
  try {
    const read = async (url: string) => app.inject({ url, headers: { accept: 'application/json' } });
    const languages = await read('/api/languages');
    const first = (languages.json() as { items?: { language_name: string }[] }).items?.[0]?.language_name;
    const urls = [
      ...FIRST_READS,
      ...(first ? [`/api/languages/${encodeURIComponent(first)}/rankings?limit=50`] : []),
    ];
    for (const url of urls) await Promise.all(Array.from({ length: CONNECTIONS }, () => read(url)));
    logger?.debug({ ms: Math.round(performance.now() - started) }, 'server warmed up');
  } catch (error) {
    logger?.warn(
      { err: (error as Error).message },
      'warming the server up failed; its first requests will be slower',
    );
  }
}
