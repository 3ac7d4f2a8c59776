import type { Queryable } from '../db/database.ts';
import { readKnownRepositoriesSql } from './read-known-repositories.queries.ts';

/** The lower-cased names among `names` that gitpulse knows (read-known-repositories.sql). */
export async function knownRepositories(db: Queryable, names: readonly string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await readKnownRepositoriesSql.run({ names: names.map((n) => n.toLowerCase()) }, db);
  return new Set(rows.map((r) => r.full_name.toLowerCase()));
}
