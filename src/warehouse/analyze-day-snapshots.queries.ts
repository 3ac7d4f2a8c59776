/** Types generated for queries found in "src/warehouse/analyze-day-snapshots.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'AnalyzeDaySnapshotsSql' parameters type */
export interface IAnalyzeDaySnapshotsSqlParams {
  snapshotDate: string;
}

/** 'AnalyzeDaySnapshotsSql' return type */
export interface IAnalyzeDaySnapshotsSqlResult {
  language_snapshots: undefined | null;
  repo_snapshots: undefined | null;
}

/** 'AnalyzeDaySnapshotsSql' query type */
export interface IAnalyzeDaySnapshotsSqlQuery {
  params: IAnalyzeDaySnapshotsSqlParams;
  result: IAnalyzeDaySnapshotsSqlResult;
}

const analyzeDaySnapshotsSqlIR: any = {"usedParamSet":{"snapshotDate":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":232,"b":245},{"a":351,"b":364}]}],"statement":"-- Fresh statistics for the month the run's day, :snapshotDate, was written into\n-- (migration 0022). The columns are named apart for the generated row type.\nSELECT warehouse.analyze_month_partition('warehouse.fact_repo_snapshots', :snapshotDate!::date) AS repo_snapshots,\n       warehouse.analyze_month_partition('warehouse.fact_language_snapshots', :snapshotDate!::date) AS language_snapshots"};

/**
 * Query generated from SQL:
 * ```
 * -- Fresh statistics for the month the run's day, :snapshotDate, was written into
 * -- (migration 0022). The columns are named apart for the generated row type.
 * SELECT warehouse.analyze_month_partition('warehouse.fact_repo_snapshots', :snapshotDate!::date) AS repo_snapshots,
 *        warehouse.analyze_month_partition('warehouse.fact_language_snapshots', :snapshotDate!::date) AS language_snapshots
 * ```
 */
export const analyzeDaySnapshotsSql = new PreparedQuery<IAnalyzeDaySnapshotsSqlParams,IAnalyzeDaySnapshotsSqlResult>(analyzeDaySnapshotsSqlIR);


