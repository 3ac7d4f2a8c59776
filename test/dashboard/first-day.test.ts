import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { haveBrowser, launchChromium, SCREENSHOTS } from '../support/browser.ts';
import { freePort } from '../support/free-port.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay } from '../support/pipeline-fixture.ts';

/** What a newcomer sees before the first run and after the first day: empty states that say what to do. */
let db: Database;
let replay: RunningReplay;
let app: FastifyInstance;
let browser: Browser;
let base: string;
beforeAll(async () => {
  if (!haveBrowser) return;
  db = await createFreshDatabase();
  replay = await startTestReplay();
  app = await createServer(db);
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await replay?.close();
  await db?.close();
});

const textOf = async (hash: string, name: string) => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${base}/${hash}`);
  await page.waitForFunction(() => !document.querySelector('#app .loading'));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
  const text = (await page.textContent('#app')) ?? '';
  await page.close();
  return text;
};

describe.skipIf(!haveBrowser)('the first five minutes in the dashboard', () => {
  it('before any run: each page says which command fills it', async () => {
    expect(await textOf('#/', 'first-trending-empty')).toContain(
      'No snapshot yet: run gitpulse ingest, or gitpulse start --no-serve to backfill the offline replay.',
    );
    expect(await textOf('#/companies', 'first-companies-empty')).toContain(
      'No company data yet: list organisations under orgs: in gitpulse.config.yaml, then run gitpulse ingest',
    );
  });

  it('after one day: trends say they need a second day instead of showing dashes as data', async () => {
    await ingestDay(db, replay, '2026-08-01');
    const text = await textOf('#/', 'first-trending-one-day');
    expect(text).toContain('Trends need two days of snapshots');
    await ingestDay(db, replay, '2026-08-02');
    expect(await textOf('#/', 'first-trending-two-days')).not.toContain('Trends need two days');
  });
});
