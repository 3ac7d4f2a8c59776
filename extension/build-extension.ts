import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';

/*
 * `npm run build:extension`: the browser extension (README "Browser
 * extension") into dist/extension/, loadable unpacked, and the same files
 * zipped into dist/gitpulse-extension-<version>.zip for Chromium and Firefox.
 * Each script is one self-contained file (IIFE): content scripts cannot be
 * modules, and one shape serves Chromium's service worker and Firefox's
 * background page alike.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
export const EXTENSION_DIR = fileURLToPath(new URL('../dist/extension/', import.meta.url));

const ENTRIES = {
  background: 'src/background/service-worker.ts',
  content: 'src/content/content-script.ts',
  options: 'src/options/options.ts',
};
const STATIC = {
  'manifest.json': 'manifest.json',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  'content.css': 'src/content/content.css',
};

export async function buildExtension(): Promise<{ dir: string; zip: string }> {
  rmSync(EXTENSION_DIR, { recursive: true, force: true });
  mkdirSync(EXTENSION_DIR, { recursive: true });
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({
      configFile: false,
      logLevel: 'warn',
      root,
      build: {
        outDir: EXTENSION_DIR,
        emptyOutDir: false,
        // readable in the store's review and in a bug report; it is small either way
        minify: false,
        target: ['chrome120', 'firefox128'],
        lib: {
          entry: join(root, entry),
          formats: ['iife'],
          name: `gitpulse_${name}`,
          fileName: () => `${name}.js`,
        },
      },
    });
  }
  for (const [target, source] of Object.entries(STATIC))
    copyFileSync(join(root, source), join(EXTENSION_DIR, target));
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(EXTENSION_DIR)) {
    const path = join(EXTENSION_DIR, name);
    if (statSync(path).isFile()) files[relative(EXTENSION_DIR, path)] = readFileSync(path);
  }
  const zip = fileURLToPath(new URL(`../dist/gitpulse-extension-${version}.zip`, import.meta.url));
  writeFileSync(zip, zipSync(files, { level: 9 }));
  return { dir: EXTENSION_DIR, zip };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { dir, zip } = await buildExtension();
  process.stdout.write(`Built ${dir} and ${zip}\n`);
}
