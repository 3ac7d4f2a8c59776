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
