import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { readLatestSnapshotDate } from '../analytics/latest-snapshot-date.ts';
import { daysBetween, today } from '../calendar-days.ts';
import type { Database } from '../db/database.ts';
import { countRunsByStatus, readLastIngestCost, readLastIngestQuota } from '../ops/workflow-runs.ts';
import { estimateTableRows } from '../status/read-status.ts';

/**
 * Prometheus metrics at /metrics: pipeline runs and rows (read from the
 * database at scrape time), GitHub cost of the last run, and HTTP latency.
 */
export function registerMetrics(app: FastifyInstance, db: Database, { signedIn = false } = {}): void {
  const registry = new Registry();
  const latency = new Histogram({
    name: 'gitpulse_http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const requests = new Counter({
    name: 'gitpulse_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  new Gauge({
    name: 'gitpulse_pipeline_runs',
    help: 'Pipeline runs recorded, by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await countRunsByStatus(db.pool);
      this.reset();
      for (const row of rows) this.set({ status: row.status }, row.n);
    },
  });
  new Gauge({
    name: 'gitpulse_table_rows',
    help: 'Estimated rows per table (planner statistics)',
    labelNames: ['table'],
    registers: [registry],
    async collect() {
      for (const row of await estimateTableRows(db.pool)) this.set({ table: row.name }, row.n);
    },
  });
  new Gauge({
    name: 'gitpulse_last_run_github_cost',
    help: 'GitHub requests and GraphQL points of the latest ingest run',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      const cost = await readLastIngestCost(db.pool);
      this.set({ kind: 'requests' }, cost.requests);
      this.set({ kind: 'graphql_points' }, cost.points);
    },
  });
  new Gauge({
    name: 'gitpulse_github_quota_remaining',
    help: 'GitHub rate-limit quota left at the end of the latest ingest run, per resource',
    labelNames: ['resource'],
    registers: [registry],
    async collect() {
      const quota = await readLastIngestQuota(db.pool);
      this.reset();
      for (const row of quota) this.set({ resource: row.resource }, row.remaining);
    },
  });
  new Gauge({
    name: 'gitpulse_latest_snapshot_age_days',
    help: 'Days between today and the latest snapshot date',
    registers: [registry],
    async collect() {
      const latest = await readLatestSnapshotDate(db.pool);
      this.set(latest ? daysBetween(latest, today()) : -1);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    };
    latency.observe(labels, reply.elapsedTime / 1000);
    requests.inc(labels);
  });
  // Outside auth.mode local a scraper sends a token (`read` scope), as any reader would.
  const policy = signedIn ? { scope: 'read' as const } : {};
  app.get('/metrics', { schema: { hide: true }, config: { policy } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
}
