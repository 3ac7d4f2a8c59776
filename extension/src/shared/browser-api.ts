/// <reference types="chrome" />

/**
 * The WebExtension API of the browser the extension runs in: Firefox's
 * `browser` (promises), else Chromium's `chrome` (promises in Manifest V3).
 * Both carry the same calls this extension uses, so one build serves both.
 */
export const ext: typeof chrome =
  (globalThis as unknown as { browser?: typeof chrome }).browser ?? globalThis.chrome;
