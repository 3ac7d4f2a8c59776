/** What raw already holds, read back so the later layers rebuild without calling GitHub. */

import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const LIST_DAYS = sqlFile(import.meta.url, 'list-landed-days.sql');
const READ_BLUEPRINTS = sqlFile(import.meta.url, 'read-landed-blueprints.sql');

export async function listLandedDays(
  db: Queryable,
  since?: string,
): Promise<{ snapshot_date: string; run_ids: string[] }[]> {
  return (await db.query<{ snapshot_date: string; run_ids: string[] }>(LIST_DAYS, [since ?? null])).rows;
}

export async function readLandedBlueprints(
  db: Queryable,
  date: string,
): Promise<{ fullName: string; apiResponse: unknown }[]> {
  return (await db.query<{ fullName: string; apiResponse: unknown }>(READ_BLUEPRINTS, [date])).rows;
}
