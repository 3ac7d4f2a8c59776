/**
 * A new process's first answers (run by bench/api.ts as a child, once with
 * the warm-up `serve` does before listening and once without): the time to
 * /healthz, then to the first /api/trending (which the warm-up put in the
 * response cache, as serve's does), the first language leaderboard, and a
 * list the warm-up did not read, on a fresh pool. Prints one JSON line.
 *
 *   tsx bench/first-answer.ts DATABASE_URL warm|cold
 */
import { createServer } from '../src/api/create-server.ts';
import { warmUp } from '../src/api/warm-up.ts';
import { databaseFromUrl } from '../src/db/database.ts';

const [url, mode] = process.argv.slice(2);
const db = databaseFromUrl(url as string);
const app = await createServer(db);
const warmStarted = performance.now();
if (mode === 'warm') await warmUp(app);
const warmUpMs = performance.now() - warmStarted;
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const time = async (path: string) => {
  const started = performance.now();
  const response = await fetch(`${base}${path}`);
  await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return Math.round((performance.now() - started) * 10) / 10;
};
const figures = {
  mode,
  warm_up_ms: Math.round(warmUpMs),
  healthz_ms: await time('/healthz'),
  trending_ms: await time('/api/trending?limit=25'),
  language_rankings_ms: await time('/api/languages/Go/rankings?limit=50'),
  // a list the warm-up did not read (not in the response cache): the query on a warmed process
  unwarmed_list_ms: await time('/api/trending?language=Rust&window=1d&limit=50'),
};
await app.close();
await db.close();
process.stdout.write(`${JSON.stringify(figures)}\n`);
