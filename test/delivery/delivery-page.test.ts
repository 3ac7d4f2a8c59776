import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrMetricsResponse } from '../../src/api/api-schemas.ts';
import { createServer, DASHBOARD_DIR } from '../../src/api/create-server.ts';
import { configSchema } from '../../src/config/config-schema.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { haveBrowser, launchChromium, SCREENSHOTS } from '../support/browser.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { listenOnLoopback } from '../support/listen-on-loopback.ts';
import { ingestDay, replayedWarehouse } from '../support/pipeline-fixture.ts';

/*
 * The delivery metrics end to end on the replay: its delivery histories
 * collected by the delivery source for one repository of each DORA
 * frequency band (the demo config's), served by the API (JSON and CSV) and
 * shown on the dashboard's Delivery page in Chromium.
 */
const ELITE = 'microsoft/PowerToys';
const LOW = 'microsoft/TypeScript';
const REPOS = [ELITE, 'rust-lang/rust', 'microsoft/vscode', LOW];
const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let app: FastifyInstance;
let browser: Browser | undefined;

beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep, [], { date: '2026-08-01' }));
  const config = configSchema.parse({
    orgs: ['microsoft'],
    languages: ['Rust'],
    trending: { top_per_language: 5, rising_days: 30, rising_per_language: 2 },
    render: { max_repos: 1 },
    pulls: { repos: REPOS, max_per_repo: 100 },
    delivery: { repos: REPOS, backfill_days: 180 },
    star_history: { enabled: false },
  });
  for (const date of ['2026-07-31', '2026-08-01']) await ingestDay(db, replay, date, { config });
  app = keep(await createServer(db));
  if (haveBrowser && existsSync(DASHBOARD_DIR)) {
    await listenOnLoopback(app);
    browser = keep(await launchChromium());
  }
}, 300_000);

const get = async (url: string) => {
  const answer = await app.inject({ method: 'GET', url });
  expect(answer.statusCode, url).toBe(200);
  return answer.json();
};

describe('delivery metrics on the replay', () => {
  it('per repository, the latest months carry the frequency band of the replay’s cadence', async () => {
    const { items } = await get('/api/delivery?period=month&periods=3&scope=repository');
    const bands = (repo: string) =>
      items
        .filter((p: { scope: string }) => p.scope === repo)
        .map((p: { deployment_frequency_band: string }) => p.deployment_frequency_band);
    expect(bands(ELITE)).toContain('elite');
    expect(bands(LOW)).not.toContain('elite');
    expect(bands(LOW)).not.toContain('high');
    // every band a figure or 'no deployments', never a 0 % in a period without deployments
    for (const period of items) {
      if (period.deployments === 0) {
        expect(period.note).toBe('no deployments');
        expect(period.change_failure_rate).toBeNull();
      }
    }
  });

  it('a repository’s answer lists its deployments and the PRs they shipped, bots left out by default', async () => {
    const delivery = await get(`/api/repos/${ELITE}/delivery?period=week&periods=8`);
    expect(delivery.repository).toBe(ELITE);
    expect(delivery.deployments.length).toBeGreaterThan(0);
    expect(
      delivery.deployments.every((d: { status: string }) => ['success', 'failure'].includes(d.status)),
    ).toBe(true);
    const shipped = delivery.prs.filter((p: { deployed_at: string | null }) => p.deployed_at !== null);
    expect(shipped.length).toBeGreaterThan(0);
    for (const pr of shipped) expect(pr.deploy_hours).toBeGreaterThanOrEqual(0);
    expect(delivery.prs.some((p: { is_bot: boolean }) => p.is_bot)).toBe(false);
    const withBots = await get(`/api/repos/${ELITE}/delivery?period=week&periods=8&include_bots=true`);
    expect(withBots.prs.filter((p: { is_bot: boolean }) => p.is_bot).length).toBe(delivery.bot_prs);
  });

  it('the PR list says when a merged PR reached production, as its delivery does', async () => {
    const { items } = await get('/api/prs?limit=100');
    const delivery = await get(`/api/repos/${ELITE}/delivery?periods=8`);
    const shipped = new Map(
      delivery.prs.map((p: { pr_number: number; deployed_at: string | null }) => [
        p.pr_number,
        p.deployed_at,
      ]),
    );
    const ours = items.filter((p: { repository: string }) => p.repository === ELITE);
    expect(ours.some((p: { deployed_at: string | null }) => p.deployed_at !== null)).toBe(true);
    for (const pr of ours)
      if (shipped.has(pr.pr_number)) expect(pr.deployed_at).toBe(shipped.get(pr.pr_number));
  });

  it('PR cycle-time metrics leave bots out by default and count them apart; include_bots counts them in', async () => {
    type Week = PrMetricsResponse['items'][number];
    const people = (await get('/api/prs/metrics?weeks=8')).items as Week[];
    const everyone = (await get('/api/prs/metrics?weeks=8&include_bots=true')).items as Week[];
    const key = (row: Week) => `${row.repository} ${row.week}`;
    const all = new Map(everyone.map((row) => [key(row), row]));
    expect(people.reduce((sum, row) => sum + row.bot_prs_opened, 0)).toBeGreaterThan(0);
    for (const row of people) {
      expect(all.get(key(row))?.prs_opened, key(row)).toBe(row.prs_opened + row.bot_prs_opened);
      expect(all.get(key(row))?.prs_merged, key(row)).toBe(row.prs_merged + row.bot_prs_merged);
    }
  });

  it('answers CSV of any of its lists, and 404 for a repository it does not know', async () => {
    const csv = await app.inject({
      method: 'GET',
      url: `/api/repos/${ELITE}/delivery?format=csv&table=deployments`,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toContain('finished_at');
    expect((await app.inject({ method: 'GET', url: '/api/repos/nobody/nothing/delivery' })).statusCode).toBe(
      404,
    );
  });

  it.runIf(haveBrowser)(
    'the Delivery page shows the tiles with their bands, the repositories and the definitions',
    async () => {
      if (!browser) throw new Error('dashboard not built: npm test runs `npm run build:dashboard` first');
      const address = app.server.address() as { port: number };
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${address.port}/#/delivery?period=month`);
      await page.waitForSelector('.delivery-tiles');
      expect(await page.locator('.delivery-tile').count()).toBe(5);
      expect(await page.locator('.delivery-tiles [data-band]').count()).toBe(4);
      expect(await page.textContent('body')).toContain(ELITE);
      expect(await page.textContent('.definitions')).toContain('Change failure rate');
      await page.screenshot({ path: `${SCREENSHOTS}delivery.png`, fullPage: true });
      // the PR flow board links a shipped PR to its repository's delivery
      await page.goto(`http://127.0.0.1:${address.port}/#/prs`);
      await page.waitForSelector('.pr-board');
      expect(await page.locator('.pr-card .deployed a[href^="#/delivery?repo="]').count()).toBeGreaterThan(0);
      await page.goto(`http://127.0.0.1:${address.port}/#/delivery?repo=${ELITE}`);
      await page.waitForSelector('h2:has-text("Deployments behind the failure rate")');
      expect(await page.locator('table').count()).toBeGreaterThanOrEqual(3);
      await page.close();
    },
  );
});

describe('a private repository in the delivery metrics', () => {
  it('counts in its own scope only, not in its org’s or everyone’s (which every reader sees)', async () => {
    const month = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        (
          await db.pool.query(
            `SELECT scope_kind, scope, deployments FROM analytics.dora_metrics
           WHERE period_kind = 'month' AND period_start = '2026-07-01' AND scope IN ('all', 'rust-lang', 'rust-lang/rust')`,
          )
        ).rows.map((row) => [row.scope, row.deployments]),
      );
    const before = await month();
    expect(before['rust-lang/rust']).toBeGreaterThan(0);
    await db.pool.query(
      "UPDATE warehouse.repositories SET is_private = true WHERE full_name = 'rust-lang/rust'",
    );
    const after = await month();
    expect(after['rust-lang/rust']).toBe(before['rust-lang/rust']);
    expect(after.all).toBe((before.all ?? 0) - (before['rust-lang/rust'] ?? 0));
    expect(after['rust-lang']).toBeUndefined();
  });
});
