import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';

const REPOSITORY = sqlFile(import.meta.url, 'read-repository.sql');
const REPO_HISTORY = sqlFile(import.meta.url, 'read-repo-history.sql');

/** A tracked repository's current version, latest snapshot, SCD versions, daily series and languages. */
export async function readRepository<Row>(db: Queryable, fullName: string): Promise<Row | null> {
  const row = (await db.query(REPOSITORY, [fullName])).rows[0];
  if (!row) return null;
  const { github_id: githubId, ...repo } = row;
  const history = (await db.query(REPO_HISTORY, [githubId])).rows[0]?.history;
  return { ...repo, ...history } as Row;
}
