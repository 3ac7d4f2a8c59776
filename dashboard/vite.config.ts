import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard is a static single-page app served by `gitpulse serve` from dist/dashboard.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
});
