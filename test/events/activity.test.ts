import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { ClickHouse } from '../../src/clickhouse/clickhouse-connection.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { WATCH_CAPTURE } from '../../src/github-replay/synthesized-events.ts';
import { runEventsImport } from '../../src/pipeline/run-events-import.ts';
import { runWebhookEventsExport } from '../../src/pipeline/run-webhook-events-export.ts';
import { storeWebhookDelivery } from '../../src/raw/webhook-deliveries.ts';
import { hoursBetween, parseHour } from '../../src/sources/gharchive/hour-files.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { openTestEventsStore } from '../support/events-store.ts';
import { replayedWarehouse } from '../support/pipeline-fixture.ts';
import { sharedDataset, silentLogger } from '../support/replay-client.ts';

const TRACKED_DAYS = ['2026-08-05', '2026-08-06', '2026-08-07'];
const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let clickhouse: ClickHouse;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep, TRACKED_DAYS));
  clickhouse = keep(await openTestEventsStore());
  // Events from two days before tracking began to its last day.
  const result = await runEventsImport({
    db,
    clickhouse,
    logger: silentLogger,
    baseUrl: replay.gharchiveUrl,
    hours: hoursBetween(parseHour('2026-08-03T00', '--from'), parseHour('2026-08-07T23', '--to')),
    batchSize: 5000,
  });
  expect(result.failed).toEqual([]);
  app = keep(await createServer(db, { clickhouse: () => clickhouse }));
}, 180_000);

const get = async (url: string) => {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
};

describe('repository activity from events', () => {
  it("the replay's GH Archive stars add up to the real daily gains, at the capture rate", async () => {
    const dataset = sharedDataset();
    const repo = dataset.repos
      .filter((r) => dataset.pointAt(r.githubId, '2026-08-06')?.date === '2026-08-06')
      .map((r) => ({
        r,
        gain:
          (dataset.pointAt(r.githubId, '2026-08-06')?.stars ?? 0) -
          (dataset.pointAt(r.githubId, '2026-08-05')?.stars ?? 0),
      }))
      .sort((a, b) => b.gain - a.gain)[0];
    expect(repo?.gain).toBeGreaterThan(200);
    const [row] = await clickhouse.query<{ stars: number }>(
      "SELECT stars FROM repo_daily_activity WHERE repo_id = {id:UInt64} AND day = '2026-08-06'",
      { id: repo?.r.githubId },
    );
    // Each star is captured with probability WATCH_CAPTURE; a wide band, since it is a sample.
    expect(Number(row?.stars)).toBeGreaterThan((repo?.gain ?? 0) * WATCH_CAPTURE * 0.6);
    expect(Number(row?.stars)).toBeLessThan((repo?.gain ?? 0) * WATCH_CAPTURE * 1.4);
  });

  /** A repository trending on the last tracked day whose GitHub star history was read, and the day it is as of. */
  async function trendingWithStarHistory(): Promise<{ fullName: string; githubId: number; asOf: string }> {
    const { body: trending } = await get('/api/trending?window=1d&limit=50');
    const names = (trending.items as { repo_full_name: string }[]).map((item) => item.repo_full_name);
    const { rows } = await db.pool.query(
      `SELECT d.repo_full_name AS "fullName", d.github_id::int AS "githubId", c.page1_as_of::text AS "asOf"
       FROM warehouse.dim_repositories d JOIN warehouse.star_history_coverage c USING (github_id)
       WHERE d.is_current AND d.repo_full_name = ANY($1) AND c.page1_as_of IS NOT NULL`,
      [names],
    );
    const found = names.map((name) => rows.find((row) => row.fullName === name)).find(Boolean);
    if (!found) throw new Error('no trending repository with a star history read');
    return found;
  }

  it('estimates stars before tracking began from events, their coverage measured against the star history, close to the real counts', async () => {
    const dataset = sharedDataset();
    const { fullName, githubId, asOf } = await trendingWithStarHistory();
    const { status, body } = await get(`/api/repos/${fullName}/activity?from=2026-08-01&to=2026-08-07`);
    expect(status).toBe(200);
    expect(body.tracked_since).toBe('2026-08-05');
    // Events from the 3rd; GitHub's answers cover the days up to the day of the latest page 1.
    expect(body.coverage.reference).toBe('star_history');
    expect(body.coverage.overlap_from).toBe('2026-08-03');
    expect(body.coverage.overlap_to).toBe(asOf);
    const given = await db.pool.query(
      `SELECT COALESCE(sum(stars_retained), 0)::int AS n FROM warehouse.fact_star_history
       WHERE github_id = $1 AND star_date BETWEEN '2026-08-03' AND $2::date`,
      [githubId, asOf],
    );
    expect(body.coverage.reference_star_gain).toBe(given.rows[0].n);
    expect(body.coverage.ratio).toBeGreaterThan(WATCH_CAPTURE * 0.6);
    expect(body.coverage.ratio).toBeLessThan(WATCH_CAPTURE * 1.4);
    expect(body.note).toMatch(/estimated from events scaled by their coverage .*GitHub's star history/);
    expect(body.activity.map((d: { day: string }) => d.day)).toEqual([
      '2026-08-03',
      '2026-08-04',
      '2026-08-05',
      '2026-08-06',
      '2026-08-07',
    ]);
    const estimated = body.star_history.filter(
      (d: { estimated_stars: number | null }) => d.estimated_stars !== null,
    );
    expect(estimated.map((d: { day: string }) => d.day)).toEqual(['2026-08-03', '2026-08-04']);
    // The replay knows the real count of a day gitpulse never snapshotted: the estimate lands near it.
    const real = dataset.pointAt(githubId, '2026-08-04')?.stars ?? 0;
    const error = Math.abs(estimated[1].estimated_stars - real) / real;
    expect(error).toBeLessThan(0.02);
    // Days with snapshots are exact and not estimates.
    const snapshots = body.star_history.filter(
      (d: { snapshot_stars: number | null }) => d.snapshot_stars !== null,
    );
    expect(snapshots.map((d: { day: string }) => d.day)).toEqual(TRACKED_DAYS);
  });

  it("measures the events against the snapshots' gain where the star history has not been read", async () => {
    const { fullName, githubId } = await trendingWithStarHistory();
    const saved = await db.pool.query('SELECT * FROM warehouse.star_history_coverage WHERE github_id = $1', [
      githubId,
    ]);
    await db.pool.query('DELETE FROM warehouse.star_history_coverage WHERE github_id = $1', [githubId]);
    try {
      const { body } = await get(`/api/repos/${fullName}/activity?from=2026-08-01&to=2026-08-07`);
      expect(body.coverage.reference).toBe('snapshots');
      expect(body.coverage.overlap_from).toBe('2026-08-05');
      expect(body.coverage.overlap_to).toBe('2026-08-07');
      expect(body.coverage.ratio).toBeGreaterThan(WATCH_CAPTURE * 0.6);
      expect(body.coverage.ratio).toBeLessThan(WATCH_CAPTURE * 1.4);
      expect(body.note).toMatch(/the snapshots saw from 2026-08-05 to 2026-08-07/);
    } finally {
      const row = saved.rows[0];
      await db.pool.query(
        `INSERT INTO warehouse.star_history_coverage SELECT * FROM json_populate_record(NULL::warehouse.star_history_coverage, $1)`,
        [JSON.stringify(row)],
      );
    }
  });

  it('answers 400 for a reversed range and 503 without an events store', async () => {
    expect((await get('/api/repos/openai/codex/activity?from=2026-08-07&to=2026-08-01')).status).toBe(400);
    const without = await createServer(db);
    const response = await without.inject({ method: 'GET', url: '/api/repos/openai/codex/activity' });
    expect(response.statusCode).toBe(503);
    await without.close();
  });

  it('stored webhook deliveries become events once, however often they are exported or redelivered', async () => {
    const payload = {
      action: 'started',
      sender: { id: 5, login: 'octocat' },
      repository: { id: 4242, full_name: 'acme/hooks' },
      organization: { login: 'acme' },
    };
    for (const id of ['d-1', 'd-2', 'd-1']) {
      await storeWebhookDelivery(db.pool, {
        deliveryId: id,
        event: 'watch',
        action: 'started',
        headers: {},
        rawBody: JSON.stringify(payload),
        status: 'ignored',
      });
    }
    expect(await runWebhookEventsExport(db, clickhouse)).toBe(2);
    expect(await runWebhookEventsExport(db, clickhouse)).toBe(0);
    await db.pool.query("DELETE FROM ops.ingestion_state WHERE source = 'events:webhooks'"); // export all again
    expect(await runWebhookEventsExport(db, clickhouse)).toBe(2);
    const rows = await clickhouse.query<Record<string, unknown>>(
      "SELECT id, type, source, actor_login, repo_id, repo_name, org_login, action FROM github_events WHERE source = 'webhook' ORDER BY id",
    );
    expect(rows).toEqual(
      ['d-1', 'd-2'].map((id) => ({
        id,
        type: 'WatchEvent',
        source: 'webhook',
        actor_login: 'octocat',
        repo_id: 4242,
        repo_name: 'acme/hooks',
        org_login: 'acme',
        action: 'started',
      })),
    );
  });
});
