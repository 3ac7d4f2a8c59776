/** What raw already holds, read back so the later layers rebuild without calling GitHub. */

import type { Queryable } from '../db/database.ts';
import { type IListLandedDaysSqlResult, listLandedDaysSql } from './list-landed-days.queries.ts';
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
