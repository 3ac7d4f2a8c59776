/** Types generated for queries found in "src/analytics/read-latest-snapshot-date.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadLatestSnapshotDateSql' parameters type */
export type IReadLatestSnapshotDateSqlParams = void;

/** 'ReadLatestSnapshotDateSql' return type */
export interface IReadLatestSnapshotDateSqlResult {
  snapshot_date: string | null;
}

/** 'ReadLatestSnapshotDateSql' query type */
export interface IReadLatestSnapshotDateSqlQuery {
  params: IReadLatestSnapshotDateSqlParams;
  result: IReadLatestSnapshotDateSqlResult;
}

const readLatestSnapshotDateSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- The day the \"current\" views show: the latest snapshot date present.\nSELECT snapshot_date::text AS snapshot_date FROM analytics.latest_snapshot_date"};

/**
 * Query generated from SQL:
 * ```
 * -- The day the "current" views show: the latest snapshot date present.
 * SELECT snapshot_date::text AS snapshot_date FROM analytics.latest_snapshot_date
 * ```
 */
export const readLatestSnapshotDateSql = new PreparedQuery<IReadLatestSnapshotDateSqlParams,IReadLatestSnapshotDateSqlResult>(readLatestSnapshotDateSqlIR);


