/** What raw already holds, read back so the later layers rebuild without calling GitHub. */

import type { Queryable } from '../db/database.ts';
import { type IListLandedDaysSqlResult, listLandedDaysSql } from './list-landed-days.queries.ts';
import { readDeliveryComparesSql } from './read-delivery-compares.queries.ts';
import {
  type IReadLandedBlueprintsSqlResult,
  readLandedBlueprintsSql,
} from './read-landed-blueprints.queries.ts';

export function listLandedDays(db: Queryable, since?: string): Promise<IListLandedDaysSqlResult[]> {
  return listLandedDaysSql.run({ since: since ?? null }, db);
}

export function readLandedBlueprints(db: Queryable, date: string): Promise<IReadLandedBlueprintsSqlResult[]> {
  return readLandedBlueprintsSql.run({ date }, db);
}

/**
 * Per repository of `repos` (lower case): the compares raw holds ('base...head') and
 * the deployments the warehouse has shipped commits for ('deployment:<id>',
 * 'workflow_run:<id>'): what the delivery source does not ask GitHub again.
 */
export async function readDeliveryCompares(
  db: Queryable,
  repos: string[],
): Promise<Map<string, Set<string>>> {
  const known = new Map<string, Set<string>>();
  if (repos.length === 0) return known;
  for (const row of await readDeliveryComparesSql.run({ repos }, db)) {
    const keys = known.get(row.repo) ?? new Set<string>();
    keys.add(row.key);
    known.set(row.repo, keys);
  }
  return known;
}
