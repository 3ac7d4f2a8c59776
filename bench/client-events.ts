/**
 * POST /api/events under load, and the copy to the events store: 40 tokens
 * (one per simulated browser) each send batches of 100 client events over
 * HTTP, 10 requests at a time, every tenth batch a retry of an earlier one
 * (same ids); then the export_client_events copy into embedded chDB. Prints
 * and writes to artifacts/bench/client-events.json: accepted events/s and
 * answer p50/p99 at intake, rows stored in PostgreSQL (must equal the
 * distinct events), the copy's events/s, and the events client_events holds
 * (must equal them too). The copy is off the request path: an answer never
 * waits for the store, which is how a store that is busy or down loses nothing.
 *
 *   npm run bench:client-events   (BENCH_TOKENS=40, BENCH_BATCHES=50)
 * Uses BENCH_DATABASE_URL when set, else an embedded server in a temp dir.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../src/api/create-server.ts';
import { applyClickHouseMigrations } from '../src/clickhouse/apply-clickhouse-migrations.ts';
import { openChdb } from '../src/clickhouse/chdb-connection.ts';
import { databaseFromUrl } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrations/apply-migrations.ts';
import { IDENTITY_MIGRATIONS } from '../src/identity/identity-database.ts';
import { createApiToken } from '../src/identity/tokens/api-tokens.ts';
import { findUser, localPrincipal } from '../src/identity/users/users.ts';
import { runClientEventsExport } from '../src/pipeline/run-client-events-export.ts';
import { startBenchServer } from './bench-database.ts';
import { writeFigures } from './write-figures.ts';

const tokens = Number(process.env.BENCH_TOKENS ?? 40);
// at most 60 a minute a token (the route's limit): the run stays within it
const batchesPerToken = Math.min(Number(process.env.BENCH_BATCHES ?? 50), 60);
const concurrency = 10;
const bench = await startBenchServer();
const db = await bench.freshDatabase('gitpulse_bench_client_events');
const identityUrl = new URL(db.url);
identityUrl.pathname = '/gitpulse_bench_client_events_identity';
{
  const admin = databaseFromUrl(db.url);
  await admin.pool.query('DROP DATABASE IF EXISTS gitpulse_bench_client_events_identity WITH (FORCE)');
  await admin.pool.query('CREATE DATABASE gitpulse_bench_client_events_identity');
  await admin.close();
}
const identity = databaseFromUrl<'identity'>(identityUrl.toString());
await applyMigrations(identity, { set: IDENTITY_MIGRATIONS });
const store = await openChdb(join(mkdtempSync(join(tmpdir(), 'gitpulse-bench-events-')), 'clickhouse'));
await applyClickHouseMigrations(store);

const admin = await localPrincipal(identity.pool);
const secrets: string[] = [];
for (let i = 0; i < tokens; i++) {
  await identity.pool.query("INSERT INTO identity.users (github_id, login, role) VALUES ($1, $2, 'member')", [
    10_000 + i,
    `member-${i}`,
  ]);
  const created = await createApiToken(identity, admin, await findUser(identity.pool, `member-${i}`), {
    name: 'bench',
    scopes: ['events:write'],
  });
  secrets.push(created.token);
}
const app = await createServer(db, { identity, clickhouse: () => store });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/events`;

const TYPES = ['repository_viewed', 'pull_request_viewed', 'panel_opened', 'track_clicked'] as const;
const batchOf = () =>
  Array.from({ length: 100 }, (_, i) => {
    const type = TYPES[i % TYPES.length] as (typeof TYPES)[number];
    return {
      id: randomUUID(),
      type,
      occurred_at: new Date(Date.now() - i * 1000).toISOString(),
      repository: `org-${i % 37}/repo-${i % 101}`,
      ...(type === 'pull_request_viewed' ? { pr_number: 1 + (i % 500) } : {}),
    };
  });
// every token's batches; every tenth a retry of the one five before it
const plan = secrets.flatMap((token) => {
  const batches: { token: string; events: ReturnType<typeof batchOf> }[] = [];
  for (let b = 0; b < batchesPerToken; b++)
    batches.push({ token, events: b % 10 === 9 ? (batches[b - 5]?.events ?? batchOf()) : batchOf() });
  return batches;
});
const distinct = new Set(plan.flatMap((p) => p.events.map((e) => `${p.token}:${e.id}`))).size;

const latencies: number[] = [];
const codes = new Map<number, number>();
let accepted = 0;
let duplicates = 0;
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < plan.length) {
      const batch = plan[next++] as (typeof plan)[number];
      const sentAt = performance.now();
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${batch.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ client: { name: 'bench', version: '1' }, events: batch.events }),
      });
      const body = (await response.json()) as { accepted?: number; duplicates?: number };
      latencies.push(performance.now() - sentAt);
      codes.set(response.status, (codes.get(response.status) ?? 0) + 1);
      accepted += body.accepted ?? 0;
      duplicates += body.duplicates ?? 0;
    }
  }),
);
const intakeSeconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => Number((latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1));
const storedRows = (await db.pool.query('SELECT count(*)::int AS n FROM raw.client_events')).rows[0]
  .n as number;

const copyStarted = performance.now();
const copied = await runClientEventsExport(db, store);
const copySeconds = (performance.now() - copyStarted) / 1000;
const [inStore] = await store.query<{ n: string }>('SELECT count() AS n FROM client_events');

await app.close();
await store.close();
await identity.close();
await db.close();
await bench.stop();
const figures = {
  tokens,
  requests: plan.length,
  events_sent: plan.length * 100,
  distinct_events: distinct,
  answers: Object.fromEntries(codes),
  accepted,
  duplicates,
  intake_events_per_s: Math.round((plan.length * 100) / intakeSeconds),
  answer_p50_ms: at(0.5),
  answer_p99_ms: at(0.99),
  stored_in_postgresql: storedRows,
  copied,
  copy_events_per_s: Math.round(copied / copySeconds),
  in_client_events: Number(inStore?.n ?? 0),
};
writeFigures('client-events', figures);
if (storedRows !== distinct || figures.in_client_events !== distinct || accepted !== distinct)
  process.exitCode = 1;
