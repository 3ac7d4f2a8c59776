import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.ts';

/**
 * Prometheus metrics at /metrics: pipeline runs and rows (read from the
 * database at scrape time), GitHub cost of the last run, and HTTP latency.
 */
export function registerMetrics(app: FastifyInstance, db: Database): void {
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
      const { rows } = await db.pool.query<{ status: string; n: number }>(
        'SELECT status, count(*)::int AS n FROM warehouse.fact_workflow_runs GROUP BY status',
      );
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
      const { rows } = await db.pool.query<{ name: string; n: number }>(
        `SELECT n.nspname || '.' || c.relname AS name, GREATEST(c.reltuples, 0)::bigint AS n
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind = 'r' AND n.nspname IN ('raw', 'staging', 'warehouse', 'ops')`,
      );
      for (const row of rows) this.set({ table: row.name }, row.n);
    },
  });
  new Gauge({
    name: 'gitpulse_last_run_github_cost',
    help: 'GitHub requests and GraphQL points of the latest ingest run',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      const { rows } = await db.pool.query<{ requests: number | null; points: number | null }>(
        `SELECT github_requests AS requests, github_points AS points FROM warehouse.fact_workflow_runs
         WHERE run_type = 'ingest' ORDER BY started_at DESC LIMIT 1`,
      );
      this.set({ kind: 'requests' }, rows[0]?.requests ?? 0);
      this.set({ kind: 'graphql_points' }, rows[0]?.points ?? 0);
    },
  });
  new Gauge({
    name: 'gitpulse_github_quota_remaining',
    help: 'GitHub rate-limit quota left at the end of the latest ingest run, per resource',
    labelNames: ['resource'],
    registers: [registry],
    async collect() {
      const { rows } = await db.pool.query<{ resource: string; remaining: number }>(
        `SELECT substring(kv.key FROM 'github_quota_remaining_(.*)') AS resource, kv.value::int AS remaining
         FROM (SELECT task_tree FROM warehouse.fact_workflow_runs WHERE run_type = 'ingest'
               ORDER BY started_at DESC LIMIT 1) r,
              jsonb_array_elements(r.task_tree) t, jsonb_each_text(t->'counts') kv
         WHERE t->>'name' = 'collect' AND kv.key LIKE 'github_quota_remaining_%'`,
      );
      this.reset();
      for (const row of rows) this.set({ resource: row.resource }, row.remaining);
    },
  });
  new Gauge({
    name: 'gitpulse_latest_snapshot_age_days',
    help: 'Days between today and the latest snapshot date',
    registers: [registry],
    async collect() {
      const { rows } = await db.pool.query<{ age: number | null }>(
        'SELECT (CURRENT_DATE - snapshot_date)::int AS age FROM analytics.latest_snapshot_date',
      );
      this.set(rows[0]?.age ?? -1);
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
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
}
