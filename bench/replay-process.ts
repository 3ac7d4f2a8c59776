/**
 * The offline GitHub for bench/pipeline, in a process of its own so that the
 * run's memory is measured alone: the ranking data scaled to `size`
 * repositories, no GraphQL quota to speak of. Writes the node ids of the
 * first `size` live repositories to `idsFile`, one per line, then prints
 * {"url": …} and serves until killed.
 *
 *   tsx bench/replay-process.ts SIZE DATE IDS_FILE
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { RankingDataset } from '../src/github-replay/ranking-dataset.ts';
import { startReplay } from '../src/github-replay/replay-server.ts';
import { repoNodeId } from '../src/github-replay/replay-world.ts';

const [size, date, idsFile] = [Number(process.argv[2]), String(process.argv[3]), String(process.argv[4])];
const dataset = RankingDataset.load({ scale: Math.ceil(size / 2500) + 1 });
const replay = await startReplay({ dataset, date, rateLimits: { graphql: 1_000_000_000 } });
const ids = createWriteStream(idsFile);
let written = 0;
for (const repo of dataset.repos) {
  if (written === size) break;
  if (!replay.world.state(repo)) continue;
  if (!ids.write(`${repoNodeId(repo.githubId)}\n`)) await once(ids, 'drain');
  written += 1;
}
ids.end();
await once(ids, 'finish');
if (written < size) throw new Error(`only ${written} live repositories in the scaled data`);
process.stdout.write(`${JSON.stringify({ url: replay.url })}\n`);
