/* What a newcomer sees before the first run and after the first day: empty states that say what to do. */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { haveBrowser, launchChromium, SCREENSHOTS } from '../support/browser.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { listenOnLoopback } from '../support/listen-on-loopback.ts';
import { ingestDay, replayedWarehouse } from '../support/pipeline-fixture.ts';

const keep = closeAfterAll();
/** The empty warehouse the dashboard starts on, and the replay that fills it a day at a time. */
let warehouse: { db: Database; replay: RunningReplay };
let browser: Browser;
let base: string;
beforeAll(async () => {
  if (!haveBrowser) return;
  warehouse = await replayedWarehouse(keep);
  base = await listenOnLoopback(keep(await createServer(warehouse.db)));
  browser = keep(await launchChromium());
}, 120_000);

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
    await ingestDay(warehouse.db, warehouse.replay, '2026-08-01');
    const text = await textOf('#/', 'first-trending-one-day');
    expect(text).toContain('Trends need two days of snapshots');
    await ingestDay(warehouse.db, warehouse.replay, '2026-08-02');
    expect(await textOf('#/', 'first-trending-two-days')).not.toContain('Trends need two days');
  });
});
