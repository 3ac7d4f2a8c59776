import { existsSync, mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer, DASHBOARD_DIR } from '../../src/api/create-server.ts';
import type { ClickHouse } from '../../src/clickhouse/clickhouse-connection.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { runClientEventsExport } from '../../src/pipeline/run-client-events-export.ts';
import { runEventsImport } from '../../src/pipeline/run-events-import.ts';
import { hoursBetween, parseHour } from '../../src/sources/gharchive/hour-files.ts';
import { haveBrowser, launchChromium, SCREENSHOTS } from '../support/browser.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { openTestEventsStore } from '../support/events-store.ts';
import { listenOnLoopback } from '../support/listen-on-loopback.ts';
import { processExamplePullRequests, replayedWarehouse } from '../support/pipeline-fixture.ts';
import { silentLogger } from '../support/replay-client.ts';

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let app: FastifyInstance;
let browser: Browser;
let clickhouse: ClickHouse;
let base: string;
const problems: string[] = [];

beforeAll(async () => {
  if (!haveBrowser) return;
  if (!existsSync(DASHBOARD_DIR))
    throw new Error('dashboard not built: npm test runs `npm run build:dashboard` first');
  mkdirSync(SCREENSHOTS, { recursive: true });
  ({ db, replay } = await replayedWarehouse(keep, ['2026-07-30', '2026-07-31', '2026-08-01']));
  await processExamplePullRequests(db);
  // The events store: the replay's GH Archive hours from four days before tracking to its last day.
  clickhouse = keep(await openTestEventsStore());
  await runEventsImport({
    db,
    clickhouse,
    logger: silentLogger,
    baseUrl: replay.gharchiveUrl,
    hours: hoursBetween(parseHour('2026-07-26T00', '--from'), parseHour('2026-08-01T23', '--to')),
    batchSize: 5000,
  });
  app = keep(await createServer(db, { clickhouse: () => clickhouse, apiToken: 'dashboard-test-token' }));
  base = await listenOnLoopback(app);
  browser = keep(await launchChromium());
}, 180_000);

async function open(path: string, name: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  await page.goto(`${base}/${path}`);
  await page.waitForFunction(() => !document.querySelector('#app .loading'));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  return page;
}

const fmt = (n: number) => n.toLocaleString('en-US');

describe.skipIf(!haveBrowser)('dashboard in Chromium', () => {
  it("trending shows the database's repositories with their real star counts and a chart", async () => {
    const top = (
      await db.pool.query('SELECT repo_full_name, stars FROM analytics.trending_repos_current LIMIT 3')
    ).rows;
    const page = await open('#/', 'trending');
    const text = await page.textContent('#app');
    for (const repo of top) {
      expect(text).toContain(repo.repo_full_name);
      expect(text).toContain(fmt(repo.stars));
    }
    expect(text).toContain('snapshot 2026-08-01');
    expect(await page.locator('#gain-chart').count()).toBe(1);
    // Every table downloads as CSV (the API's own rows) and JSON.
    const csvHref = await page.locator('.downloads a', { hasText: 'CSV' }).first().getAttribute('href');
    expect(csvHref).toMatch(/^\/api\/trending\?.*format=csv/);
    const csv = await (await fetch(`${base}${csvHref}`)).text();
    expect(csv.trim().split('\n').length - 1).toBe(await page.locator('#app table tbody tr').count());
    // Replayed data says it is demo data.
    expect(await page.locator('.demo-banner').textContent()).toContain(
      'Demo data from the offline GitHub replay',
    );
    // The ordering in use is marked, and the chart is titled by that same measure.
    expect(await page.locator('.toolbar a.current').textContent()).toBe('momentum');
    expect(text).toContain('Top 10 by momentum score (0–1)');
    await page.close();
    const weekly = await open('#/?window=7d', 'trending-7d');
    expect(await weekly.locator('.toolbar a.current').textContent()).toBe('stars this week');
    expect(await weekly.textContent('#app')).toContain('Top 10 by stars gained in 7 days');
    await weekly.close();
  });

  it('navigates from trending to a repository page with star-history, forks and language charts', async () => {
    const page = await open('#/', 'trending-before-click');
    const first = page.locator('#app table tbody tr td a[href^="#/repo/"]').first();
    const name = await first.textContent();
    await first.click();
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-page') === 'repo');
    await page.screenshot({ path: `${SCREENSHOTS}repository.png`, fullPage: true });
    const repo = (
      await db.pool.query(
        `SELECT f.stars FROM warehouse.fact_repo_snapshots f JOIN warehouse.dim_repositories d ON d.github_id = f.github_id AND d.is_current
       WHERE d.repo_full_name = $1 ORDER BY f.snapshot_date DESC LIMIT 1`,
        [name],
      )
    ).rows[0];
    expect(await page.textContent('h1')).toBe(name);
    expect(await page.textContent('.cards')).toContain(fmt(repo.stars));
    // Activity from events, and the stars before tracking labelled as an estimate with its coverage.
    expect(await page.textContent('#activity-note')).toMatch(
      /Stars before 2026-07-30 are estimated from events scaled by their coverage \(\d+% of the stars/,
    );
    // The star chart starts with GitHub's star history and says where gitpulse's snapshots begin.
    expect(await page.textContent('#stars-note')).toContain("gitpulse's daily snapshots begin 2026-07-30");
    expect(await page.locator('#stars-chart').getAttribute('aria-label')).toContain(
      'Stars from the first day (count); snapshots begin 2026-07-30',
    );
    for (const id of [
      '#stars-chart',
      '#forks-chart',
      '#languages-chart',
      '#history-chart',
      '#activity-chart',
    ]) {
      const box = await page.locator(id).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
    await page.close();
  });

  it('languages, a leaderboard, Render, companies and a company page render real rows', async () => {
    let page = await open('#/languages', 'languages');
    expect(await page.textContent('#app')).toContain('Rust');
    await page.click('a[href="#/languages/Go"]');
    await page.waitForSelector('h1:has-text("Go leaderboard")');
    const goTop = (
      await db.pool.query(
        "SELECT repo_full_name FROM analytics.language_rankings WHERE language_name = 'Go' ORDER BY rank_in_language LIMIT 1",
      )
    ).rows[0];
    expect(await page.textContent('#app')).toContain(goTop.repo_full_name);
    await page.close();

    page = await open('#/render', 'render');
    const render = (await db.pool.query('SELECT repo_full_name FROM analytics.render_showcase LIMIT 1'))
      .rows[0];
    expect(await page.textContent('#app')).toContain(render.repo_full_name);
    await page.close();

    page = await open('#/companies', 'companies');
    const company = (
      await db.pool.query('SELECT company_name, total_stars FROM analytics.company_total_stars LIMIT 1')
    ).rows[0];
    expect(await page.textContent('#app')).toContain(fmt(company.total_stars));
    await page.click(`a[href="#/companies/${company.company_name}"]`);
    await page.waitForSelector('#company-languages');
    await page.screenshot({ path: `${SCREENSHOTS}company.png`, fullPage: true });
    expect(await page.textContent('h1')).toBe(company.company_name);
    await page.close();
  });

  it("pipeline runs, a run's task timeline and data quality", async () => {
    const page = await open('#/runs', 'runs');
    const runs = (
      await db.pool.query('SELECT run_id FROM warehouse.fact_workflow_runs ORDER BY started_at DESC')
    ).rows;
    const text = await page.textContent('#app');
    for (const run of runs) expect(text).toContain(run.run_id);
    await page.click(`a[href="#/runs/${runs[0].run_id}"]`);
    await page.waitForSelector('#timeline');
    await page.screenshot({ path: `${SCREENSHOTS}run.png`, fullPage: true });
    expect(await page.textContent('#app')).toContain('model_warehouse');
    await page.close();
    const quality = await open('#/quality', 'quality');
    expect(await quality.locator('.ok').count()).toBe(5);
    await quality.close();
  });

  it('the PR flow board shows each pull request with its four stages and risk', async () => {
    const pulls = (await db.pool.query('SELECT title FROM warehouse.pull_requests')).rows;
    expect(pulls.length).toBeGreaterThan(0);
    const page = await open('#/prs', 'pull-requests');
    expect(await page.locator('.pr-card').count()).toBe(pulls.length);
    const text = await page.textContent('#app');
    for (const pull of pulls) expect(text).toContain(pull.title);
    expect(text).toContain('build: pending');
    expect(text).toMatch(/(low|medium|high) risk/);
    // Each card links to the PR on GitHub and to its repository's page.
    const first = (
      await db.pool.query(
        `SELECT r.full_name, p.pr_number FROM warehouse.pull_requests p JOIN warehouse.repositories r ON r.id = p.repo_id
       ORDER BY p.updated_at DESC LIMIT 1`,
      )
    ).rows[0];
    const card = page.locator('.pr-card').first();
    expect(
      await card.locator(`a[href="https://github.com/${first.full_name}/pull/${first.pr_number}"]`).count(),
    ).toBe(1);
    expect(await card.locator(`a[href="#/repo/${first.full_name}"]`).count()).toBe(1);
    // Cycle-time chart and table: one row per repository and week the API answers.
    const metrics = (await (await fetch(`${base}/api/prs/metrics?weeks=12`)).json()) as { items: unknown[] };
    expect(metrics.items.length).toBeGreaterThan(0);
    expect(await page.locator('#cycle-chart').count()).toBe(1);
    expect(await page.locator('table tbody tr').count()).toBe(metrics.items.length);
    await page.close();
  });

  it('the header search jumps to a repository from any page', async () => {
    const page = await open('#/languages', 'search-from-languages');
    await page.fill('#search-input', 'rust-lang/ru');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-page') === 'repo');
    expect(await page.locator('#app h1').textContent()).toBe('rust-lang/rust');
    await page.close();
  });

  it('moves the page of an old name (a rename or transfer) to the new one, which shows it as formerly; search finds it', async () => {
    // A repository no other test opens, given an earlier version under another name, as a rename leaves it.
    const { rows } = await db.pool.query(
      `INSERT INTO warehouse.dim_repositories (github_id, node_id, repo_full_name, owner, repo_url, description, language,
         created_at, topics, is_archived, is_private, valid_from, valid_to, is_current)
       SELECT github_id, node_id, 'old-owner/old-name', 'old-owner', repo_url, description, language,
         created_at, topics, is_archived, is_private, valid_from - interval '1 day', valid_from, false
       FROM warehouse.dim_repositories
       WHERE is_current AND language = 'Go' AND owner NOT IN ('microsoft', 'google')
       ORDER BY repo_full_name DESC LIMIT 1
       RETURNING (SELECT repo_full_name FROM warehouse.dim_repositories d
                  WHERE d.github_id = dim_repositories.github_id AND d.is_current) AS current`,
    );
    const current = rows[0].current as string;
    const page = await open('#/repo/old-owner/old-name', 'repository-old-name');
    // The page does not follow the API's redirect (Chromium would upgrade it to https on plain http): no failed loads.
    expect(problems.filter((p) => p.startsWith('#/repo/old-owner'))).toEqual([]);
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-page') === 'repo');
    await page.waitForFunction(() => document.querySelector('#app h1')?.textContent !== '');
    expect(await page.locator('#app h1').textContent()).toBe(current);
    expect(await page.evaluate(() => location.hash)).toBe(`#/repo/${current}`);
    expect(await page.textContent('#aliases')).toBe('formerly old-owner/old-name');

    await page.fill('#search-input', 'old-owner/old-name');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction((name) => location.hash === `#/repo/${name}`, current);
    expect(await page.locator('#app h1').textContent()).toBe(current);
    await page.close();
  });

  it('compares repositories on one star-history chart, with a shareable URL, a date range and a log scale', async () => {
    const [a, b, c] = (
      await db.pool.query(
        'SELECT repo_full_name FROM analytics.trending_repos_current ORDER BY repo_full_name LIMIT 3',
      )
    ).rows.map((r) => r.repo_full_name as string);
    const page = await open(`#/compare?repos=${a},${b}&scale=log&from=2026-07-31`, 'compare');
    expect(await page.locator('#compare-chart').count()).toBe(1);
    expect(await page.locator('.chips .chip').count()).toBe(2);
    expect(await page.locator('.toolbar a.current').textContent()).toBe('log');
    expect(await page.inputValue('#compare-from')).toBe('2026-07-31');
    await page.fill('#compare-input', c as string);
    await page.press('#compare-input', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chips .chip').length === 3);
    const hash = await page.evaluate(() => location.hash);
    expect(decodeURIComponent(hash)).toContain(`repos=${a},${b},${c}`);
    expect(hash).toContain('scale=log');
    // The same URL in a new tab draws the same comparison.
    const shared = await open(hash, 'compare-shared');
    expect(await shared.locator('.chips .chip').count()).toBe(3);
    await shared.locator(`.chips .chip a[aria-label="remove ${a}"]`).click();
    await shared.waitForFunction(() => document.querySelectorAll('.chips .chip').length === 2);
    await shared.close();
    await page.close();
  });

  it('pages past 50 rows, keeps narrow screens from scrolling sideways, formats runs evenly', async () => {
    const tracked = (await db.pool.query('SELECT count(*)::int AS n FROM analytics.trending_repos_current'))
      .rows[0].n as number;
    expect(tracked).toBeGreaterThan(50);
    const page = await open('#/', 'trending-page-1');
    await page.locator('.pager a', { hasText: 'next 50' }).click();
    await page.waitForFunction(() => document.querySelector('#app table tbody tr td')?.textContent === '51');
    expect(await page.locator('.pager a', { hasText: 'previous 50' }).count()).toBe(1);
    await page.close();

    for (const [path, name] of [
      ['#/', 'narrow-trending'],
      ['#/runs', 'narrow-runs'],
      ['#/prs', 'narrow-prs'],
    ] as const) {
      const narrow = await browser.newPage({ viewport: { width: 420, height: 800 } });
      await narrow.goto(`${base}/${path}`);
      await narrow.waitForFunction(() => !document.querySelector('#app .loading'));
      await narrow.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
        420,
      );
      await narrow.close();
    }

    // A laptop's 1280 px: the header's links on one line, none wrapped to a second.
    const laptop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await laptop.goto(`${base}/#/`);
    await laptop.waitForFunction(() => !document.querySelector('#app .loading'));
    const linkTops = await laptop.$$eval('header nav a', (links) =>
      links.map((link) => Math.round(link.getBoundingClientRect().top)),
    );
    expect(linkTops.length).toBeGreaterThan(10);
    expect(new Set(linkTops).size).toBe(1);
    expect(await laptop.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await laptop.close();

    const runs = await open('#/runs', 'runs-formatted');
    const seconds = await runs.locator('#app table tbody tr td:nth-child(4)').allTextContents();
    expect(seconds.length).toBeGreaterThan(0);
    for (const value of seconds) expect(value).toMatch(/^\d+\.\d{2}$/);
    expect(await runs.locator('#app table tbody tr td.nowrap').count()).toBe(seconds.length * 2);
    await runs.close();

    const repo = await open('#/repo/rust-lang/rust?scale=log', 'repository-log');
    expect(await repo.locator('.choice a.current').textContent()).toBe('log');
    // Every chart is titled with its unit.
    for (const [path, name] of [
      ['#/repo/rust-lang/rust', 'repository-titles'],
      ['#/languages', 'languages-titles'],
      ['#/companies/microsoft', 'company-titles'],
    ] as const) {
      const titled = await open(path, name);
      await titled.waitForFunction(() => document.querySelectorAll('canvas[aria-label]').length > 0);
      const labels = await titled
        .locator('canvas')
        .evaluateAll((canvases) => canvases.map((c) => c.getAttribute('aria-label') ?? ''));
      expect(labels.length, path).toBeGreaterThan(0);
      for (const label of labels) expect(label, path).toMatch(/\(.+\)/);
      await titled.close();
    }
    await repo.close();
  });

  it('tracks a repository the search does not know, with the API token', async () => {
    // Its own page: the wrong token's 401 is expected here, not a console error to report.
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (error) => problems.push(`track: ${error.message}`));
    await page.goto(`${base}/#/`);
    await page.waitForFunction(() => !document.querySelector('#app .loading'));
    await page.fill('#search-input', 'someone/not-tracked-yet');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-page') === 'track');
    expect(await page.inputValue('#track-repository')).toBe('someone/not-tracked-yet');
    await page.fill('#track-token', 'wrong-token');
    await page.click('#track-form button');
    await page.waitForFunction(() => document.querySelector('#track-result')?.textContent !== '');
    expect(await page.locator('#track-result').textContent()).toContain('missing or wrong');
    await page.fill('#track-token', 'dashboard-test-token');
    await page.click('#track-form button');
    await page.waitForFunction(() =>
      document.querySelector('#app table')?.textContent?.includes('someone/not-tracked-yet'),
    );
    await page.screenshot({ path: `${SCREENSHOTS}track.png`, fullPage: true });
    const stored = await db.pool.query(
      "SELECT status FROM ops.tracking_requests WHERE full_name = 'someone/not-tracked-yet'",
    );
    expect(stored.rows).toEqual([{ status: 'pending' }]);
    await page.close();
  });

  it("shows what the team viewed (client events): on the repository page and the Track page's list", async () => {
    const name = (
      await db.pool.query(
        'SELECT repo_full_name FROM warehouse.dim_repositories WHERE is_current ORDER BY 1 LIMIT 1',
      )
    ).rows[0].repo_full_name as string;
    const viewed = (id: string, repository: string) => ({
      id,
      type: 'repository_viewed',
      occurred_at: new Date(Date.now() - 60_000).toISOString(),
      repository,
    });
    const posted = await fetch(`${base}/api/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer dashboard-test-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        client: { name: 'gitpulse-extension', version: 'test' },
        events: [
          viewed('view-00000001', name),
          viewed('view-00000002', name),
          viewed('view-00000003', 'nobody/knows'),
        ],
      }),
    });
    expect(await posted.json()).toMatchObject({ accepted: 3 });
    await runClientEventsExport(db, clickhouse);
    const page = await open(`#/repo/${name}`, 'repository-team-views');
    await page.waitForFunction(
      () => !document.querySelector('#repo-views .muted')?.textContent?.includes('Loading'),
    );
    expect(await page.textContent('#team-views')).toContain('2 views by 1 person in the last 30 days');
    const track = await open('#/track', 'track-team-views');
    await track.waitForFunction(() => document.querySelector('#team-views table'));
    const rows = await track.locator('#team-views table tbody tr').allTextContents();
    // a name gitpulse does not know is not listed (it could be someone's private repository)
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(name);
    await page.close();
    await track.close();
  });

  it('dark mode follows prefers-color-scheme, and the toggle overrides it and is remembered', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, colorScheme: 'dark' });
    page.on('pageerror', (error) => problems.push(`dark: ${error.message}`));
    await page.goto(`${base}/#/`);
    await page.waitForFunction(() => !document.querySelector('#app .loading'));
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.screenshot({ path: `${SCREENSHOTS}trending-dark.png`, fullPage: false });
    expect(await page.locator('#theme-toggle').textContent()).toBe('Theme: auto');
    await page.click('#theme-toggle'); // auto → dark
    await page.click('#theme-toggle'); // dark → light
    expect(await page.locator('#theme-toggle').textContent()).toBe('Theme: light');
    expect(await background()).toBe('rgb(246, 247, 249)');
    await page.reload();
    await page.waitForFunction(() => !document.querySelector('#app .loading'));
    expect(await background()).toBe('rgb(246, 247, 249)');
    await page.close();
  });

  it('showed no console errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
