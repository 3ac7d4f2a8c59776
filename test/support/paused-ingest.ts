// Test-only entry: `gitpulse ingest --date D` that stops at one task and holds
// there, so a guarantee test can kill -9 it at a known point. Run with
// `node --import tsx test/support/paused-ingest.ts CONFIG DATE PAUSE_AT`;
// PAUSE_AT is a task path joined by ':' ('collect', 'write:model_warehouse').
import { setTimeout as sleep } from 'node:timers/promises';
import { withCommandContext } from '../../src/cli/command-context.ts';
import { connectGitHub } from '../../src/cli/github-connection.ts';
import { runIngest } from '../../src/pipeline/run-ingest.ts';

const [configPath, date, pauseAt] = process.argv.slice(2);
if (!configPath || !date || !pauseAt) throw new Error('usage: paused-ingest.ts CONFIG DATE PAUSE_AT');

await withCommandContext({ config: configPath }, async ({ db, config, env, logger }) => {
  const github = await connectGitHub(env, logger);
  try {
    await runIngest({
      db,
      config,
      logger,
      github,
      date,
      progress: false,
      beforeTask: async (path) => {
        if (path.join(':') !== pauseAt) return;
        process.stderr.write(`paused at ${pauseAt}\n`);
        await sleep(120_000);
      },
    });
  } finally {
    await github.close();
  }
});
