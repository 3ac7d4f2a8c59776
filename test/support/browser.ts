import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
// CI installs Debian's chromium (.ci/run); a laptop without it skips the browser tests and says so.
export const haveBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);
export const SCREENSHOTS = new URL('../../artifacts/screenshots/', import.meta.url).pathname;

/** Debian's Chromium, headless, without the network it would reach for on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
