import type { Queryable } from '../db/database.ts';
import { readRenamedRepositorySql } from './read-renamed-repository.queries.ts';
import { readRepoHistorySql } from './read-repo-history.queries.ts';
import { type IReadRepositorySqlResult, readRepositorySql } from './read-repository.queries.ts';
import { type ISearchRepositoriesSqlResult, searchRepositoriesSql } from './search-repositories.queries.ts';

/** The JSON objects read-repository.sql and read-repo-history.sql build (pgtyped types them as Json). */
export interface RepositorySnapshot {
  stars: number;
  forks: number;
  open_issues: number;
  star_velocity: number | null;
  star_velocity_7d: number | null;
  activity_score: number | null;
  momentum_score: number | null;
  rank_overall: number | null;
  rank_in_language: number | null;
  snapshot_date: string;
}
export interface RepositoryHistory {
  versions: {
    repo_full_name: string;
    valid_from: string;
    valid_to: string | null;
    description: string | null;
    language: string | null;
    render_category: string | null;
  }[];
  series: { snapshot_date: string; stars: number; forks: number; open_issues: number }[];
  languages: { language_name: string; bytes: number }[];
}
export type RepositoryDetail = Omit<IReadRepositorySqlResult, 'github_id' | 'current'> & {
  current: RepositorySnapshot | null;
} & RepositoryHistory;
export type RepositoryMatch = ISearchRepositoriesSqlResult;

/** A tracked repository's current version, latest snapshot, SCD versions, daily series and languages. */
export async function readRepository(db: Queryable, fullName: string): Promise<RepositoryDetail | null> {
  const row = (await readRepositorySql.run({ fullName }, db))[0];
  if (!row) return null;
  const { github_id: githubId, current, ...repo } = row;
  const history = (await readRepoHistorySql.run({ githubId }, db))[0]
    ?.history as unknown as RepositoryHistory;
  return { ...repo, current: current as unknown as RepositorySnapshot | null, ...history };
}

/** Tracked repositories whose owner/name contains `text` (any case), best matches first. */
export function searchRepositories(db: Queryable, text: string, limit: number): Promise<RepositoryMatch[]> {
  return searchRepositoriesSql.run({ text: text.toLowerCase(), limit }, db);
}

/** The current name of the tracked repository once called `fullName` (a rename or transfer), or null. */
export async function readRenamedRepository(db: Queryable, fullName: string): Promise<string | null> {
  return (await readRenamedRepositorySql.run({ fullName }, db))[0]?.repo_full_name ?? null;
}
