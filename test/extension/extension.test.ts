import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../extension/build-extension.ts';
import { createServer } from '../../src/api/create-server.ts';
import type { ClickHouse } from '../../src/clickhouse/clickhouse-connection.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import type { IdentityDatabase } from '../../src/identity/identity-database.ts';
import { runClientEventsExport } from '../../src/pipeline/run-client-events-export.ts';
import { CHROMIUM, haveBrowser, SCREENSHOTS } from '../support/browser.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { openTestEventsStore } from '../support/events-store.ts';
import { freshWarehouseWithIdentity } from '../support/fresh-database.ts';
import { listenOnLoopback } from '../support/listen-on-loopback.ts';
import { ingestDay, processExamplePullRequests, startTestReplay } from '../support/pipeline-fixture.ts';
import { replayGitHubAuth } from '../support/replay-github-auth.ts';
import { type CountingProxy, startCountingProxy } from './counting-proxy.ts';
import { fixture, type GitHubFixtureServer, startGitHubFixtureServer } from './github-fixture-server.ts';

/*
 * The browser extension (README "Browser extension", issue 23) built by
 * `npm run build:extension`'s own function and loaded into Debian's Chromium,
 * headless; github.com is a saved GitHub page (fixtures/SOURCE.md) served over
 * https on this machine; gitpulse is a server in auth.mode github whose GitHub
 * is the replay, with the warehouse filled by replayed runs, reached through a
 * proxy that counts (and can drop) what the extension sends.
 */

const keep = closeAfterAll();
let db: Database;
let identity: IdentityDatabase;
let replay: RunningReplay;
let store: ClickHouse;
let app: FastifyInstance;
let proxy: CountingProxy;
let github: GitHubFixtureServer;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let server: string;
const problems: string[] = [];
/** The top repository of the replayed day, a tracked one with star history. */
let tracked = '';

beforeAll(async () => {
  if (!haveBrowser) return;
  const { dir } = await buildExtension();
  ({ db, identity } = await freshWarehouseWithIdentity(keep));
  // GitHub says 5 s between device polls; 1 s keeps the test short
  replay = keep(await startTestReplay('2026-08-01', { deviceInterval: 1 }));
  for (const day of ['2026-07-31', '2026-08-01']) await ingestDay(db, replay, day);
  await processExamplePullRequests(db);
  store = keep(await openTestEventsStore());
  // ada is a member of this gitpulse before she first signs in; grace starts as the default viewer
  await identity.pool.query(
    "INSERT INTO identity.users (github_id, login, role) VALUES (90000001, 'ada', 'member')",
  );
  app = keep(
    await createServer(db, {
      identity,
      clickhouse: () => store,
      github: replayGitHubAuth(replay.url),
      // as serve's job would, at once
      requestClientEventsExport: async () => {
        await runClientEventsExport(db, store);
      },
    }),
  );
  proxy = keep(await startCountingProxy(await listenOnLoopback(app)));
  server = proxy.url;
  github = keep(await startGitHubFixtureServer());
  context = keep(
    await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: false,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        `--host-resolver-rules=MAP github.com 127.0.0.1:${github.port}`,
        '--ignore-certificate-errors',
      ],
    }),
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
}, 240_000);

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${url}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${url}: ${message.text()}`);
  });
  await page.goto(url);
  return page;
}

const optionsUrl = () => `chrome-extension://${extensionId}/options.html`;

/** Signs in on the options page with the device flow, entering the code at the replay's GitHub as `login`. */
async function signInAs(login: string): Promise<void> {
  const options = await open(optionsUrl());
  await options.click('#device-sign-in');
  await options.waitForSelector('#device:not([hidden]) #user-code:not(:empty)');
  const code = (await options.textContent('#user-code')) as string;
  const verification = (await options.getAttribute('#verification', 'href')) as string;
  expect(verification).toBe(`${replay.url}/login/device`);
  const entered = await fetch(`${verification}?${new URLSearchParams({ user_code: code, login })}`);
  expect(await entered.text()).toContain('Device activated');
  await options.waitForFunction(
    (who) => document.getElementById('who')?.textContent?.includes(`Signed in as ${who}`),
    login,
  );
  await options.close();
}

const storedToken = async () =>
  (await worker.evaluate(() => chrome.storage.local.get('token'))).token as string | undefined;
const api = async (path: string) =>
  (await fetch(`${server}${path}`, { headers: { authorization: `Bearer ${await storedToken()}` } })).json();
const fmt = (n: number) => n.toLocaleString('en-US');
const figure = (page: Page, name: string) => page.textContent(`#gitpulse-panel [data-figure="${name}"] b`);

describe.skipIf(!haveBrowser)('the browser extension in Chromium', () => {
  it('is set to a server whose host permission it asks for at runtime, and signs a viewer in with the device flow', async () => {
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.host_permissions).toEqual(['https://github.com/*']);
    expect(await worker.evaluate(() => chrome.permissions.getAll())).toMatchObject({
      origins: ['https://github.com/*'],
    });
    // the person allows the server's host in the browser's extension settings (a headless browser
    // cannot answer the prompt permissions.request shows); the options page's request then resolves
    const extensions = await context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      (id) =>
        (
          chrome as unknown as {
            developerPrivate: { addHostPermission: (i: string, h: string) => Promise<void> };
          }
        ).developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'),
      extensionId,
    );
    await extensions.close();
    const options = await open(optionsUrl());
    // telemetry is off until the person ticks it
    for (const box of await options.locator('#telemetry input[type=checkbox]').all())
      expect(await box.isChecked()).toBe(false);
    expect(await options.locator('#telemetry label').allTextContents()).toHaveLength(4);
    await options.fill('#server', 'http://gitpulse.example.com');
    await options.click('#server-form button[type=submit]');
    expect(await options.textContent('#server-status')).toContain('use an https:// address');
    await options.fill('#server', server);
    await options.click('#server-form button[type=submit]');
    await options.waitForFunction(() =>
      document.getElementById('server-status')?.textContent?.startsWith('Saved'),
    );
    await options.close();
    expect(
      await worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] })),
    ).toBe(true);

    await signInAs('grace');
    const me = (await api('/api/me')) as { login: string; role: string; scopes: string[] };
    expect(me).toMatchObject({ login: 'grace', role: 'viewer', scopes: ['read'] });
  });

  it('offers no Track to a viewer on a repository gitpulse does not track', async () => {
    const page = await open('https://github.com/nobody-tracks/this-repository');
    await page.waitForSelector('#gitpulse-panel .gitpulse-not-tracked');
    expect(await page.textContent('#gitpulse-panel')).toContain('Members can ask for it to be tracked');
    expect(await page.locator('.gitpulse-track').count()).toBe(0);
    await page.close();
  });

  it("shows a member the repository's figures, its star history from creation with the snapshots' start marked", async () => {
    await signInAs('ada');
    const [top] = ((await api('/api/trending?limit=1')) as { items: { repo_full_name: string }[] }).items;
    const repository = top?.repo_full_name as string;
    tracked = repository;
    const repo = (await api(`/api/repos/${repository}`)) as {
      current: {
        stars: number;
        star_velocity: number;
        star_velocity_7d: number;
        momentum_score: number;
        rank_overall: number;
      };
    };
    const stars = (await api(`/api/repos/${repository}/stars`)) as {
      tracked_since: string;
      items: { day: string; stars: number | null }[];
    };
    const page = await open(`https://github.com/${repository}`);
    await page.waitForSelector('#gitpulse-panel .gitpulse-figures');
    await page.screenshot({ path: `${SCREENSHOTS}extension-repository.png`, fullPage: true });
    // inline, below the repository's header of the saved page (the anchor .pagehead.repohead)
    expect(
      await page.evaluate(() => document.getElementById('gitpulse-panel')?.previousElementSibling?.className),
    ).toContain('repohead');
    expect(await figure(page, 'stars')).toBe(fmt(repo.current.stars));
    expect(await figure(page, 'gain-1d')).toBe(
      `${repo.current.star_velocity > 0 ? '+' : ''}${fmt(repo.current.star_velocity)}`,
    );
    expect(await figure(page, 'gain-7d')).toBe(
      `${repo.current.star_velocity_7d > 0 ? '+' : ''}${fmt(repo.current.star_velocity_7d)}`,
    );
    expect(await figure(page, 'momentum')).toBe(repo.current.momentum_score.toFixed(3));
    expect(await figure(page, 'rank')).toBe(`#${fmt(repo.current.rank_overall)}`);
    const firstDay = stars.items.find((d) => d.stars !== null)?.day as string;
    expect(await page.getAttribute('.gitpulse-star-chart', 'aria-label')).toContain(`Stars from ${firstDay}`);
    expect(await page.getAttribute('.gitpulse-snapshots-begin', 'data-day')).toBe(stars.tracked_since);
    expect(await page.textContent('.gitpulse-stars-note')).toContain(
      `gitpulse's daily snapshots begin ${stars.tracked_since}`,
    );
    await page.close();
  });

  it('sends nothing while telemetry is off', async () => {
    const before = proxy.eventPosts.length;
    const page = await open('https://github.com/nobody-tracks/this-repository');
    await page.waitForSelector('#gitpulse-panel .gitpulse-not-tracked');
    await page.click('.gitpulse-toggle');
    await page.click('.gitpulse-toggle');
    await page.goto('https://github.com/octocat/Hello-World/pull/1');
    await page.waitForSelector('#gitpulse-panel .gitpulse-body p');
    await page.waitForTimeout(1500);
    expect(proxy.eventPosts.length).toBe(before);
    expect((await worker.evaluate(() => chrome.storage.local.get('event_queue'))).event_queue ?? []).toEqual(
      [],
    );
    expect(Number((await db.pool.query('SELECT count(*) FROM raw.client_events')).rows[0].count)).toBe(0);
    await page.close();
  });

  it('tracks a repository for a member', async () => {
    const page = await open('https://github.com/nobody-tracks/this-repository');
    await page.click('#gitpulse-panel .gitpulse-track');
    await page.waitForSelector('.gitpulse-tracked');
    expect(await page.textContent('.gitpulse-tracked')).toContain('next gitpulse run');
    const tracked = (await api('/api/tracked')) as { items: { repository: string; status: string }[] };
    expect(tracked.items).toContainEqual(
      expect.objectContaining({ repository: 'nobody-tracks/this-repository', status: 'pending' }),
    );
    await page.close();
  });

  it("shows a pull request's insight and stages, follows Turbo navigation to it, and GitHub's dark mode", async () => {
    const insights = (await api('/api/insights?include_bots=true')) as {
      items: {
        repository: string;
        pr_number: number;
        risk_level: string;
        summary: string;
        recommendation: string;
      }[];
    };
    const insight = insights.items[0];
    if (!insight) throw new Error('the replayed webhooks made no insight');
    const page = await open(`https://github.com/${insight.repository}`);
    await page.waitForSelector('#gitpulse-panel .gitpulse-body');
    // GitHub's client-side navigation: Turbo swaps the body for the next page's, changes the URL
    // and says it loaded; no page load, and the panel of the page before is gone with its body
    await page.evaluate(
      ({ path, html }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.body.replaceWith(document.adoptNode(next.body));
        history.pushState({}, '', path);
        document.dispatchEvent(new Event('turbo:load'));
      },
      { path: `/${insight.repository}/pull/${insight.pr_number}`, html: fixture('pull-request-page.html') },
    );
    await page.waitForSelector('#gitpulse-panel .gitpulse-insight');
    const text = await page.textContent('#gitpulse-panel');
    expect(text).toContain(`${insight.risk_level} risk`);
    expect(text).toContain(insight.summary);
    expect(text).toContain(insight.recommendation);
    expect(await page.locator('#gitpulse-panel .gitpulse-stages li').count()).toBeGreaterThanOrEqual(4);
    // in the PR's sidebar of the saved page
    expect(await page.evaluate(() => document.getElementById('gitpulse-panel')?.parentElement?.id)).toBe(
      'partial-discussion-sidebar',
    );
    expect(await page.getAttribute('#gitpulse-panel', 'data-theme')).toBe('light');
    await page.evaluate(() => document.documentElement.setAttribute('data-color-mode', 'dark'));
    await page.waitForSelector('#gitpulse-panel[data-theme="dark"]');
    const background = await page.evaluate(
      () => getComputedStyle(document.getElementById('gitpulse-panel') as Element).backgroundColor,
    );
    expect(background).toBe('rgb(13, 17, 23)');
    await page.screenshot({ path: `${SCREENSHOTS}extension-pull-request-dark.png`, fullPage: true });
    await page.close();
  });

  it('degrades to a floating button when GitHub markup has none of the known anchors', async () => {
    const page = await open('https://github.com/nobody-tracks/this-repository?markup=changed');
    await page.waitForSelector('#gitpulse-floating button');
    expect(await page.locator('#gitpulse-panel').isVisible()).toBe(false);
    await page.click('#gitpulse-floating button');
    await page.waitForSelector('#gitpulse-panel .gitpulse-not-tracked', { state: 'visible' });
    await page.close();
  });

  it('sends the events the person allowed, each stored once in client_events across a retried batch', async () => {
    const options = await open(optionsUrl());
    for (const box of await options.locator('#telemetry input[type=checkbox]').all()) await box.check();
    await options.waitForFunction(async () => {
      const { telemetry } = await chrome.storage.local.get('telemetry');
      return telemetry && Object.values(telemetry).every(Boolean);
    });
    await options.close();
    const before = proxy.eventPosts.length;
    // the first batch reaches gitpulse, which stores it, but its answer is lost on the way back
    proxy.dropNextEventsAnswer();
    const page = await open('https://github.com/nobody-tracks/this-repository');
    await page.waitForSelector('#gitpulse-panel .gitpulse-body');
    await page.click('.gitpulse-toggle');
    await page.click('.gitpulse-toggle'); // opened again by hand: panel_opened
    await page.goto('https://github.com/nobody-tracks/this-repository/pull/7');
    await page.waitForSelector('#gitpulse-panel .gitpulse-body p');
    await expect
      .poll(
        async () =>
          (
            (await worker.evaluate(() => chrome.storage.local.get('event_queue'))).event_queue as
              | unknown[]
              | undefined
          )?.length ?? 0,
        { timeout: 20_000 },
      )
      .toBe(0);
    await page.close();
    const posts = proxy.eventPosts.slice(before);
    const sent = posts.flatMap((post) => post.events);
    const first = posts[0]?.events.map((e) => e.id) ?? [];
    expect(first.length).toBeGreaterThan(0);
    // the lost batch went again with the same ids
    expect(posts.slice(1).flatMap((post) => post.events.map((e) => e.id))).toEqual(
      expect.arrayContaining(first),
    );
    await runClientEventsExport(db, store);
    const rows = await store.query<{
      id: string;
      type: string;
      user_login: string;
      repository: string;
      pr_number: number;
    }>('SELECT id, type, user_login, repository, pr_number FROM client_events ORDER BY occurred_at, id');
    const unique = new Set(sent.map((e) => e.id));
    expect(rows).toHaveLength(unique.size);
    expect(new Set(rows.map((r) => r.id))).toEqual(unique);
    expect(rows.map((r) => r.type).sort()).toEqual([
      'panel_opened',
      'pull_request_viewed',
      'repository_viewed',
    ]);
    expect(
      rows.every((r) => r.user_login === 'ada' && r.repository === 'nobody-tracks/this-repository'),
    ).toBe(true);
    expect(rows.find((r) => r.type === 'pull_request_viewed')?.pr_number).toBe(7);
  });

  it('shows a sign-in prompt instead of data once the token is revoked', async () => {
    await identity.pool.query('UPDATE identity.api_tokens SET revoked_at = now() WHERE revoked_at IS NULL');
    const page = await open(`https://github.com/${tracked}`);
    await page.waitForSelector('#gitpulse-panel .gitpulse-sign-in');
    expect(await page.textContent('#gitpulse-panel')).toContain('Sign in to gitpulse');
    expect(await page.locator('#gitpulse-panel .gitpulse-figures').count()).toBe(0);
    expect(await storedToken()).toBe('');
    await page.close();
  });

  it('logged no error on any page', () => {
    expect(problems).toEqual([]);
  });
});
