/**
 * The webhook receiver under load: 10,000 signed deliveries (real example
 * payloads), 10% of them redeliveries of an earlier id, posted over HTTP by
 * 20 concurrent senders. Prints deliveries/s, p50/p99 answer latency and the
 * number stored, which must equal the distinct deliveries.
 *
 *   npm run bench:webhooks   (BENCH_DELIVERIES=10000)
 * Uses BENCH_DATABASE_URL when set, else an embedded server in a temp dir.
 */
import pino from 'pino';
import { createServer } from '../src/api/create-server.ts';
import { webhookRoutes } from '../src/api/routes/webhook-routes.ts';
import { processWebhookDelivery } from '../src/pipeline/process-webhook-delivery.ts';
import { startJobWorker } from '../src/scheduler/start-job-worker.ts';
import { startBenchServer } from './bench-database.ts';
import { postDelivery, signedExamples } from './signed-deliveries.ts';

const total = Number(process.env.BENCH_DELIVERIES ?? 10_000);
const secret = 'bench-secret';
const logger = pino({ level: 'silent' });
const bench = await startBenchServer();
const db = await bench.freshDatabase('gitpulse_bench_webhooks');

const worker = await startJobWorker({
  databaseUrl: db.url,
  logger,
  tasks: {
    process_webhook: async (p) =>
      void (await processWebhookDelivery(db, (p as { deliveryId: string }).deliveryId)),
  },
});
const app = await createServer(db, {
  extend: (s) =>
    webhookRoutes(s, db, {
      secret,
      enqueue: (id) =>
        worker.addJob('process_webhook', { deliveryId: id }, { jobKey: `webhook-${id}`, maxAttempts: 5 }),
    }),
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/webhooks/github`;

// Real payloads, signed once each; every tenth delivery repeats an earlier id.
const signed = await signedExamples(secret, [
  'pull_request',
  'check_run',
  'check_suite',
  'status',
  'workflow_run',
  'pull_request_review',
]);
const plan = Array.from({ length: total }, (_, i) => {
  const duplicate = i % 10 === 9;
  return {
    id: duplicate ? `delivery-${i - 5}` : `delivery-${i}`,
    example: signed[i % signed.length] as (typeof signed)[number],
  };
});
const distinct = new Set(plan.map((p) => p.id)).size;

const latencies: number[] = [];
const codes = new Map<number, number>();
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: 20 }, async () => {
    while (next < plan.length) {
      const { id, example } = plan[next++] as (typeof plan)[number];
      const sent = performance.now();
      const status = await postDelivery(endpoint, id, example);
      latencies.push(performance.now() - sent);
      codes.set(status, (codes.get(status) ?? 0) + 1);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1);
const stored = (await db.pool.query('SELECT count(*)::int AS n FROM raw.webhook_deliveries')).rows[0].n;

const processedBeforeStop = (
  await db.pool.query("SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE status = 'processed'")
).rows[0].n;
await app.close();
await worker.stop();
await db.close();
await bench.stop();
console.table([
  {
    deliveries: total,
    distinct,
    'deliveries/s': Math.round(total / seconds),
    'p50 ms': at(0.5),
    'p99 ms': at(0.99),
    answers: [...codes.entries()].map(([code, n]) => `${code}×${n}`).join(' '),
    stored,
    'processed by then': processedBeforeStop,
    'stored = distinct': stored === distinct,
  },
]);
if (stored !== distinct) process.exitCode = 1;
