import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import { queryStatement } from '../clickhouse/clickhouse-statement.ts';
import {
  countClientEventsByTypeStatement,
  countEventsByTypeStatement,
  measureEventsDiskStatement,
  readRepoActivityStatement,
  readRepoViewsStatement,
  readTeamViewsStatement,
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

/** Client events per type and client (`gitpulse events status`). */
export async function countClientEventsByType(clickhouse: ClickHouse) {
  const rows = await queryStatement(clickhouse, countClientEventsByTypeStatement);
  return rows.map((row) => ({ ...row, events: Number(row.events), users: Number(row.users) }));
}

/** ISO 8601 of a DateTime64(3, 'UTC') as JSONEachRow gives it ('YYYY-MM-DD HH:MM:SS.mmm'). */
const isoTime = (value: string) => `${value.replace(' ', 'T')}Z`;

/** A row of views with its count a number and its time ISO 8601, its other columns as they are. */
const withViews = <Row extends { views: unknown; last_viewed_at: string }>(row: Row) => ({
  ...row,
  views: Number(row.views),
  last_viewed_at: isoTime(row.last_viewed_at),
});

/** Who of the team viewed a repository's pages with the extension in the last `days` days. */
export async function readRepoViews(clickhouse: ClickHouse, repository: string, days: number) {
  const rows = await queryStatement(clickhouse, readRepoViewsStatement, { repository, days });
  return rows.map(withViews);
}

/** The repositories the team viewed with the extension in the last `days` days, latest first. */
export async function readTeamViews(clickhouse: ClickHouse, days: number, limit: number) {
  const rows = await queryStatement(clickhouse, readTeamViewsStatement, { days, limit });
  return rows.map((row) => ({ ...withViews(row), viewers: Number(row.viewers) }));
}

/** A user's query, refused by the engine if it writes (readonly = 1). */
export async function runReadOnlyQuery(
  clickhouse: ClickHouse,
  sql: string,
): Promise<Record<string, unknown>[]> {
  return clickhouse.query<Record<string, unknown>>(sql, undefined, { readonly: 1 });
}
