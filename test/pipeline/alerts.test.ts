import Fastify, { type FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Config, configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { deliverAlerts } from '../../src/pipeline/deliver-alerts.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { listenOnLoopback } from '../support/listen-on-loopback.ts';
import { ingestDay, replayedWarehouse, testConfig } from '../support/pipeline-fixture.ts';
import { silentLogger } from '../support/replay-client.ts';

const alerting = (alerts: unknown): Config => ({
  ...testConfig,
  alerts: configSchema.shape.alerts.parse(alerts),
});
const SECRET_PATH = '/services/T000/B000/secret-token-1234';

/** A local receiver that speaks like Slack's incoming webhooks: told to fail the first `failures` posts. */
let receiver: FastifyInstance;
let receiverUrl: string;
let failures = 0;
const received: { text: string; gitpulse: { rule: string; subject: string } }[] = [];
let db: Database;
let replay: RunningReplay;
const keep = closeAfterAll();

beforeAll(async () => {
  receiver = keep(Fastify());
  receiver.post(SECRET_PATH, async (request, reply) => {
    if (failures > 0) {
      failures--;
      return reply.code(500).send('internal_error');
    }
    received.push(request.body as (typeof received)[number]);
    return reply.type('text/plain').send('ok');
  });
  receiverUrl = `${await listenOnLoopback(receiver)}${SECRET_PATH}`;
  ({ db, replay } = await replayedWarehouse(keep, ['2026-07-30', '2026-07-31']));
});

const alertsOf = async (rule: string) =>
  (
    await db.pool.query(
      'SELECT subject, day::text, details FROM ops.alerts WHERE rule = $1 ORDER BY subject',
      [rule],
    )
  ).rows;

describe('alerts', () => {
  it('daily_gain and gain_vs_median are raised in the run, once per repository and day, as the facts say', async () => {
    const config = alerting({
      rules: { daily_gain: { stars: 100 }, gain_vs_median: { times: 3, min_stars: 20 } },
    });
    await ingestDay(db, replay, '2026-08-01', { config });
    const facts = (
      await db.pool.query<{ repo: string; gain: number; previous: (number | null)[] }>(
        `SELECT d.repo_full_name AS repo, f.star_velocity AS gain,
                (SELECT array_agg(p.star_velocity) FROM warehouse.fact_repo_snapshots p
                 WHERE p.github_id = f.github_id AND p.snapshot_date >= '2026-07-02' AND p.snapshot_date < '2026-08-01'
                   AND p.star_velocity IS NOT NULL) AS previous
         FROM warehouse.fact_repo_snapshots f
         JOIN warehouse.dim_repositories d ON d.github_id = f.github_id AND d.is_current
         WHERE f.snapshot_date = '2026-08-01' AND f.star_velocity IS NOT NULL`,
      )
    ).rows;
    const daily = facts
      .filter((f) => f.gain >= 100)
      .map((f) => f.repo)
      .sort();
    expect(daily.length).toBeGreaterThan(0);
    expect((await alertsOf('daily_gain')).map((a) => a.subject)).toEqual(daily);
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = (sorted.length - 1) / 2;
      return ((sorted[Math.floor(mid)] as number) + (sorted[Math.ceil(mid)] as number)) / 2;
    };
    const surging = facts
      .filter(
        (f) =>
          f.previous?.length && f.gain >= 20 && f.gain >= 3 * Math.max(median(f.previous as number[]), 1),
      )
      .map((f) => f.repo)
      .sort();
    expect((await alertsOf('gain_vs_median')).map((a) => a.subject)).toEqual(surging);
    // The same day again: the same alerts, not twice.
    const before = (await db.pool.query('SELECT count(*)::int AS n FROM ops.alerts')).rows[0].n;
    await ingestDay(db, replay, '2026-08-01', { config });
    expect((await db.pool.query('SELECT count(*)::int AS n FROM ops.alerts')).rows[0].n).toBe(before);
  });

  it('run_failed: a failed run raises one when the rule is on', async () => {
    replay.setFaults('5xx=1');
    try {
      await expect(
        ingestDay(db, replay, '2026-08-02', { config: alerting({ rules: { run_failed: true } }) }),
      ).rejects.toThrow();
    } finally {
      replay.setFaults('');
    }
    const failed = await db.pool.query(
      "SELECT run_id FROM warehouse.fact_workflow_runs WHERE status = 'failed' AND run_date = '2026-08-02'",
    );
    expect((await alertsOf('run_failed')).map((a) => a.subject)).toEqual([failed.rows[0].run_id]);
  }, 60_000);

  it('delivers to the webhook as Slack-compatible JSON, retries failures, logs every attempt, never the URL', async () => {
    const config = alerting({
      webhooks: [{ name: 'team-slack', url_env: 'TEST_ALERT_URL' }],
      rules: { daily_gain: { stars: 100 }, run_failed: true, high_risk_pr: true },
      max_attempts: 5,
    }).alerts;
    const env = { TEST_ALERT_URL: receiverUrl };
    const due = (
      await db.pool.query("SELECT count(*)::int AS n FROM ops.alerts WHERE rule <> 'gain_vs_median'")
    ).rows[0].n as number;
    const highRisk = (
      await db.pool.query("SELECT count(*)::int AS n FROM warehouse.insights WHERE risk_level = 'high'")
    ).rows[0].n as number;
    failures = 2;
    // Two posts fail at the receiver: the job fails, for the queue to run it again; the rest went through.
    await expect(deliverAlerts(db, config, env, silentLogger)).rejects.toThrow(/2 alert deliveries failed/);
    expect(await deliverAlerts(db, config, env, silentLogger)).toEqual({ delivered: 2, failed: 0 });
    expect(received.length).toBe(due + highRisk);
    expect(received.every((r) => typeof r.text === 'string' && r.text.length > 0)).toBe(true);
    expect(new Set(received.map((r) => r.gitpulse.rule))).toEqual(
      new Set(['daily_gain', 'run_failed', ...(highRisk > 0 ? ['high_risk_pr'] : [])]),
    );
    const log = await db.pool.query(
      'SELECT alert_id, attempt, delivered, http_status, error FROM ops.alert_deliveries ORDER BY alert_id, attempt',
    );
    expect(log.rows.filter((r) => !r.delivered).map((r) => r.http_status)).toEqual([500, 500]);
    expect(log.rows.filter((r) => r.delivered)).toHaveLength(due + highRisk);
    expect(JSON.stringify(log.rows)).not.toContain('secret-token');
    // Delivered once: nothing is sent again.
    expect(await deliverAlerts(db, config, env, silentLogger)).toEqual({ delivered: 0, failed: 0 });
  });

  it('gives up after max_attempts against a receiver that keeps failing; a missing URL variable is skipped', async () => {
    await db.pool.query(
      "INSERT INTO ops.alerts (rule, subject, day, message) VALUES ('run_failed', 'by-hand', '2026-08-03', 'a test alert')",
    );
    const config = alerting({
      webhooks: [{ name: 'flaky', url: receiverUrl }],
      rules: { run_failed: true },
      max_attempts: 2,
    }).alerts;
    failures = 1_000;
    await expect(deliverAlerts(db, config, {}, silentLogger)).rejects.toThrow(/retried/);
    expect(await deliverAlerts(db, config, {}, silentLogger)).toMatchObject({ delivered: 0 });
    expect(await deliverAlerts(db, config, {}, silentLogger)).toEqual({ delivered: 0, failed: 0 });
    failures = 0;
    const attempts = await db.pool.query(
      "SELECT count(*)::int AS n FROM ops.alert_deliveries d JOIN ops.alerts a ON a.id = d.alert_id WHERE a.subject = 'by-hand' AND d.webhook = 'flaky'",
    );
    expect(attempts.rows[0].n).toBe(2);
    const unset = alerting({
      webhooks: [{ name: 'nowhere', url_env: 'UNSET_ALERT_URL' }],
      rules: { run_failed: true },
    }).alerts;
    expect(await deliverAlerts(db, unset, {}, silentLogger)).toEqual({ delivered: 0, failed: 0 });
  });

  it('retention drops alerts older than the workflow runs kept, with their delivery log', async () => {
    const old = await db.pool.query(
      "INSERT INTO ops.alerts (rule, subject, day, message, created_at) VALUES ('run_failed', 'ancient', '2026-01-01', 'old', now() - interval '400 days') RETURNING id",
    );
    await db.pool.query(
      "INSERT INTO ops.alert_deliveries (alert_id, webhook, attempt, delivered) VALUES ($1, 'team', 1, true)",
      [old.rows[0].id],
    );
    const kept = (await db.pool.query('SELECT count(*)::int AS n FROM ops.alerts')).rows[0].n - 1;
    await ingestDay(db, replay, '2026-08-01');
    expect((await db.pool.query('SELECT count(*)::int AS n FROM ops.alerts')).rows[0].n).toBe(kept);
    const log = await db.pool.query('SELECT 1 FROM ops.alert_deliveries WHERE alert_id = $1', [
      old.rows[0].id,
    ]);
    expect(log.rows).toEqual([]);
  });

  it('a webhook needs exactly one of url and url_env', () => {
    expect(() => alerting({ webhooks: [{ name: 'x' }] })).toThrow(/exactly one of url and url_env/);
    expect(() => alerting({ webhooks: [{ name: 'x', url: 'https://a.example/', url_env: 'A' }] })).toThrow(
      /exactly one/,
    );
  });
});
