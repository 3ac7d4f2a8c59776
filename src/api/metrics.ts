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
  /** A gauge with one label, set at scrape time from the [label value, figure] pairs read then. */
  const gaugeByLabel = (name: string, help: string, label: string, read: () => Promise<[string, number][]>) =>
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [registry],
      async collect() {
        const entries = await read();
        this.reset();
        for (const [value, figure] of entries) this.set({ [label]: value }, figure);
      },
    });
  gaugeByLabel('gitpulse_pipeline_runs', 'Pipeline runs recorded, by status', 'status', async () =>
    (await countRunsByStatus(db.pool)).map((row) => [row.status, row.n]),
  );
  gaugeByLabel('gitpulse_table_rows', 'Estimated rows per table (planner statistics)', 'table', async () =>
    (await estimateTableRows(db.pool)).map((row) => [row.name, row.n]),
  );
  gaugeByLabel(
    'gitpulse_last_run_github_cost',
    'GitHub requests and GraphQL points of the latest ingest run',
    'kind',
    async () => {
      const cost = await readLastIngestCost(db.pool);
      return [
        ['requests', cost.requests],
        ['graphql_points', cost.points],
      ];
    },
  );
  gaugeByLabel(
    'gitpulse_github_quota_remaining',
    'GitHub rate-limit quota left at the end of the latest ingest run, per resource',
    'resource',
    async () => (await readLastIngestQuota(db.pool)).map((row) => [row.resource, row.remaining]),
  );
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
