import { clickhouseStatement } from '../clickhouse/clickhouse-statement.ts';

/** The events store's read statements and their result columns (checked by test/events/clickhouse-statements.test.ts). */
export const countEventsByTypeStatement = clickhouseStatement(import.meta.url, 'count-events-by-type.sql', {
  type: 'LowCardinality(String)',
  source: 'LowCardinality(String)',
  events: 'UInt64',
  first: "DateTime('UTC')",
  last: "DateTime('UTC')",
});

export const measureEventsDiskStatement = clickhouseStatement(import.meta.url, 'measure-events-disk.sql', {
  bytes: 'UInt64',
  stored_rows: 'UInt64',
  parts: 'UInt64',
});

export const readRepoActivityStatement = clickhouseStatement(
  import.meta.url,
  'read-repo-activity.sql',
  {
    day: 'Date',
    stars: 'UInt64',
    forks: 'UInt64',
    prs_opened: 'UInt64',
    prs_merged: 'UInt64',
    issues_opened: 'UInt64',
    pushes: 'UInt64',
    actors: 'UInt64',
  },
  { repo_id: 1, repo_name: 'o/r', from: '2026-01-01', to: '2026-01-02' },
);

export const readRepoViewsStatement = clickhouseStatement(
  import.meta.url,
  'read-repo-views.sql',
  { login: 'String', views: 'UInt64', last_viewed_at: "DateTime64(3, 'UTC')" },
  { repository: 'o/r', days: 30 },
);

export const readTeamViewsStatement = clickhouseStatement(
  import.meta.url,
  'read-team-views.sql',
  { repository: 'String', views: 'UInt64', viewers: 'UInt64', last_viewed_at: "DateTime64(3, 'UTC')" },
  { days: 30, limit: 50 },
);

export const countClientEventsByTypeStatement = clickhouseStatement(
  import.meta.url,
  'count-client-events-by-type.sql',
  {
    type: 'LowCardinality(String)',
    client_name: 'LowCardinality(String)',
    events: 'UInt64',
    users: 'UInt64',
    first: "DateTime64(3, 'UTC')",
    last: "DateTime64(3, 'UTC')",
  },
);

export const checkGharchiveChunkStatement = clickhouseStatement(
  import.meta.url,
  'check-gharchive-chunk.sql',
  {
    lines: 'UInt64',
    skipped: 'UInt64',
    without_id: 'UInt64',
    reject_line_numbers: 'Array(UInt32)',
    reject_reasons: 'Array(String)',
    reject_lines: 'Array(String)',
  },
  { path: '/dev/null', first_line: 1, only_tracked: false, tracked: [] },
);
