#!/usr/bin/env node
// The published entry point runs the TypeScript sources through tsx, so the
// package needs no build step between `npm ci` and `npx gitpulse`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
