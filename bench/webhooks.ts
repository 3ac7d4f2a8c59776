/**
 * The webhook receiver under load: 10,000 signed deliveries (real example
 * payloads), 10% of them redeliveries of an earlier id, posted over HTTP by
 * 20 concurrent senders (in a worker thread), processed on the job queue as `serve` does. Prints
 * and writes to artifacts/bench/webhooks.json: intake deliveries/s, p50/p99
 * answer latency, the number stored (must equal the distinct deliveries),
 * processed deliveries/s from the first post to the last processed, and the
 * drain time after intake ended.
 *
 *   npm run bench:webhooks   (BENCH_DELIVERIES=10000)
 * Uses BENCH_DATABASE_URL when set, else an embedded server in a temp dir.
 */
import pino from 'pino';
import { createServer } from '../src/api/create-server.ts';
import { webhookRoutes } from '../src/api/routes/webhook-routes.ts';
import { processPendingDeliveries } from '../src/pipeline/process-pending-deliveries.ts';
import { startJobWorker } from '../src/scheduler/start-job-worker.ts';
import { startBenchServer } from './bench-database.ts';
import { sendDeliveries } from './send-deliveries.ts';
import { signedExamples } from './signed-deliveries.ts';
import { writeFigures } from './write-figures.ts';

const total = Number(process.env.BENCH_DELIVERIES ?? 10_000);
const secret = 'bench-secret';
const logger = pino({ level: 'silent' });
const bench = await startBenchServer();
const db = await bench.freshDatabase('gitpulse_bench_webhooks');

const worker = await startJobWorker({
  databaseUrl: db.url,
  logger,
  tasks: {
    process_webhooks: async () => void (await processPendingDeliveries(db)),
  },
});
const app = await createServer(db, {
  extend: (s) =>
    webhookRoutes(s, db, {
      secret,
      // BENCH_PROCESS=0: intake alone, deliveries left waiting (the receiver's own ceiling).
      requestProcessing: () =>
        process.env.BENCH_PROCESS === '0' ? Promise.resolve() : worker.requestRun('process_webhooks'),
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
    example: i % signed.length,
  };
});
const distinct = new Set(plan.map((p) => p.id)).size;

const started = performance.now();
const sent = await sendDeliveries({ endpoint, senders: 20, examples: signed, deliveries: plan });
const { latencies, seconds } = sent;
const codes = new Map(sent.codes);
latencies.sort((a, b) => a - b);
const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1);
const stored = (await db.pool.query('SELECT count(*)::int AS n FROM raw.webhook_deliveries')).rows[0].n;

const waiting = async () =>
  (await db.pool.query("SELECT count(*)::int AS n FROM raw.webhook_deliveries WHERE status = 'received'"))
    .rows[0].n as number;
const processedBeforeStop = distinct - (await waiting());
const processing = process.env.BENCH_PROCESS !== '0';
const drainDeadline = Date.now() + (processing ? 120_000 : 0);
while ((await waiting()) > 0 && Date.now() < drainDeadline) await new Promise((r) => setTimeout(r, 20));
const allProcessed = performance.now();
// BENCH_PROCESS=0: the stored deliveries processed after intake, alone on the machine's
// cores (what processing costs by itself, apart from the storm).
let processAloneSeconds: number | undefined;
if (!processing) {
  const begun = performance.now();
  await processPendingDeliveries(db);
  processAloneSeconds = (performance.now() - begun) / 1000;
}
const outcomes = Object.fromEntries(
  (
    await db.pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM raw.webhook_deliveries GROUP BY status',
    )
  ).rows.map((row) => [row.status, row.n]),
);
await app.close();
await worker.stop();
await db.close();
await bench.stop();
const figures = {
  deliveries: total,
  distinct,
  intake_per_s: Math.round(total / seconds),
  answer_p50_ms: Number(at(0.5)),
  answer_p99_ms: Number(at(0.99)),
  answers: Object.fromEntries(codes),
  stored,
  processed_when_intake_ended: processedBeforeStop,
  outcomes,
  processed_per_s: Math.round((outcomes.processed ?? 0) / ((allProcessed - started) / 1000)),
  drain_after_intake_s: Number(((allProcessed - started) / 1000 - seconds).toFixed(2)),
  ...(processAloneSeconds === undefined
    ? {}
    : {
        processed_alone_per_s: Math.round(distinct / processAloneSeconds),
        processed_alone_s: Number(processAloneSeconds.toFixed(2)),
      }),
};
writeFigures('webhooks', figures);
if (stored !== distinct || (processing && (outcomes.received ?? 0) > 0)) process.exitCode = 1;
