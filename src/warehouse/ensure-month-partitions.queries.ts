/** Types generated for queries found in "src/warehouse/ensure-month-partitions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'EnsureMonthPartitionsSql' parameters type */
export interface IEnsureMonthPartitionsSqlParams {
  snapshotDate: string;
}

/** 'EnsureMonthPartitionsSql' return type */
export interface IEnsureMonthPartitionsSqlResult {
  created: number;
}

/** 'EnsureMonthPartitionsSql' query type */
export interface IEnsureMonthPartitionsSqlQuery {
  params: IEnsureMonthPartitionsSqlParams;
  result: IEnsureMonthPartitionsSqlResult;
}

const ensureMonthPartitionsSqlIR: any = {"usedParamSet":{"snapshotDate":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":194,"b":207},{"a":298,"b":311}]}],"statement":"-- The month partitions of both fact tables (migration 0019) for :snapshotDate, the run's\n-- date, created when missing.\nSELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', :snapshotDate!::date)::int\n     + warehouse.ensure_month_partition('warehouse.fact_language_snapshots', :snapshotDate!::date)::int AS \"created!\""};

/**
 * Query generated from SQL:
 * ```
 * -- The month partitions of both fact tables (migration 0019) for :snapshotDate, the run's
 * -- date, created when missing.
 * SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', :snapshotDate!::date)::int
 *      + warehouse.ensure_month_partition('warehouse.fact_language_snapshots', :snapshotDate!::date)::int AS "created!"
 * ```
 */
export const ensureMonthPartitionsSql = new PreparedQuery<IEnsureMonthPartitionsSqlParams,IEnsureMonthPartitionsSqlResult>(ensureMonthPartitionsSqlIR);


