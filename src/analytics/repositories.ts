import type { QueryResultRow } from 'pg';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const REPOSITORY = sqlFile(import.meta.url, 'read-repository.sql');
const REPO_HISTORY = sqlFile(import.meta.url, 'read-repo-history.sql');
const SEARCH = sqlFile(import.meta.url, 'search-repositories.sql');

/** A tracked repository's current version, latest snapshot, SCD versions, daily series and languages. */
export async function readRepository<Row>(db: Queryable, fullName: string): Promise<Row | null> {
  const row = (await db.query(REPOSITORY, [fullName])).rows[0];
  if (!row) return null;
  const { github_id: githubId, ...repo } = row;
  const history = (await db.query(REPO_HISTORY, [githubId])).rows[0]?.history;
  return { ...repo, ...history } as Row;
}

/** Tracked repositories whose owner/name contains `text` (any case), best matches first. */
export async function searchRepositories<Row extends QueryResultRow>(
  db: Queryable,
  text: string,
  limit: number,
): Promise<Row[]> {
  return (await db.query<Row>(SEARCH, [text.toLowerCase(), limit])).rows;
}
