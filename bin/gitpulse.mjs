#!/usr/bin/env node
// The published entry point runs the TypeScript sources through tsx, so the
// package needs no build step between `npm ci` and `npx gitpulse`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv);
// A finished command exits now, with its code, even if a handle (a closing
// pool, a timer) would keep the event loop alive: flush stdout first.
await new Promise((resolve) => process.stdout.write('', resolve));
process.exit(code);
