import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import { queryStatement } from '../clickhouse/clickhouse-statement.ts';
import {
  countEventsByTypeStatement,
  measureEventsDiskStatement,
  readRepoActivityStatement,
} from './events-statements.ts';

export interface EventsByType {
  type: string;
  source: string;
  events: number;
  first: string;
  last: string;
}

export async function countEventsByType(clickhouse: ClickHouse): Promise<EventsByType[]> {
  const rows = await queryStatement(clickhouse, countEventsByTypeStatement);
  return rows.map((row) => ({ ...row, events: Number(row.events) }));
}

export async function measureEventsDisk(
  clickhouse: ClickHouse,
): Promise<{ bytes: number; storedRows: number; parts: number }> {
  const [row] = await queryStatement(clickhouse, measureEventsDiskStatement);
  return {
    bytes: Number(row?.bytes ?? 0),
    storedRows: Number(row?.stored_rows ?? 0),
    parts: Number(row?.parts ?? 0),
  };
}

export interface DailyActivity {
  day: string;
  stars: number;
  forks: number;
  prs_opened: number;
  prs_merged: number;
  issues_opened: number;
  pushes: number;
  actors: number;
}

/** A repository's events per day between two dates (inclusive); repoId 0 looks it up by name. */
export async function readRepoActivity(
  clickhouse: ClickHouse,
  repo: { repoId: number; repoName: string },
  range: { from: string; to: string },
): Promise<DailyActivity[]> {
  const rows = await queryStatement(clickhouse, readRepoActivityStatement, {
    repo_id: repo.repoId,
    repo_name: repo.repoName,
    from: range.from,
    to: range.to,
  });
  return rows.map((row) => ({
    day: row.day,
    stars: Number(row.stars),
    forks: Number(row.forks),
    prs_opened: Number(row.prs_opened),
    prs_merged: Number(row.prs_merged),
    issues_opened: Number(row.issues_opened),
    pushes: Number(row.pushes),
    actors: Number(row.actors),
  }));
}

/** A user's query, refused by the engine if it writes (readonly = 1). */
export async function runReadOnlyQuery(
  clickhouse: ClickHouse,
  sql: string,
): Promise<Record<string, unknown>[]> {
  return clickhouse.query<Record<string, unknown>>(sql, undefined, { readonly: 1 });
}
