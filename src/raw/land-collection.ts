import type { WarehouseClient } from '../db/database.ts';
import type { CollectedPull } from '../sources/github/collect/collected-records.ts';
import { landPullsSql } from './land-pulls.queries.ts';
import type { RawSpool } from './raw-spool.ts';
import type { RawTableName } from './raw-tables.ts';

/** Writes a run's answers into raw, as received: the spooled ones by COPY, pull requests by unnest. Rows per raw table. */
export async function landCollection(
  client: WarehouseClient,
  collection: { spool: RawSpool | null; pulls: CollectedPull[] },
  run: { runId: string; date: string },
): Promise<Partial<Record<RawTableName, number>>> {
  const { spool, pulls } = collection;
  const spooled = spool ? await spool.land(client) : {};
  if (pulls.length > 0) {
    await landPullsSql.run(
      {
        fullNames: pulls.map((p) => p.fullName),
        numbers: pulls.map((p) => p.number),
        apiResponses: pulls.map((p) => JSON.stringify(p.apiResponse)),
        runId: run.runId,
        snapshotDate: run.date,
      },
      client,
    );
  }
  return { ...spooled, github_pulls: pulls.length };
}
