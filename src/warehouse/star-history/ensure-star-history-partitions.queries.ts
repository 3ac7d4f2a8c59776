/** Types generated for queries found in "src/warehouse/star-history/ensure-star-history-partitions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'EnsureStarHistoryPartitionsSql' parameters type */
export interface IEnsureStarHistoryPartitionsSqlParams {
  runId: string;
  snapshotDate: string;
}

/** 'EnsureStarHistoryPartitionsSql' return type */
export interface IEnsureStarHistoryPartitionsSqlResult {
  created: number;
}

/** 'EnsureStarHistoryPartitionsSql' query type */
export interface IEnsureStarHistoryPartitionsSqlQuery {
  params: IEnsureStarHistoryPartitionsSqlParams;
  result: IEnsureStarHistoryPartitionsSqlResult;
}

const ensureStarHistoryPartitionsSqlIR: any = {"usedParamSet":{"runId":true,"snapshotDate":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":525,"b":531},{"a":768,"b":774}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":555,"b":568},{"a":798,"b":811}]}],"statement":"-- The year partitions of warehouse.fact_star_history for every year the run's\n-- staged weeks reach into (migration 0023), created when missing.\n-- :runId the run the staged rows belong to, :snapshotDate its date\nSELECT count(*) FILTER (WHERE warehouse.ensure_year_partition('warehouse.fact_star_history', 'star_date', y))::int AS \"created!\"\nFROM (\n    SELECT DISTINCT make_date(extract(year FROM (to_timestamp(w.week + 43200) AT TIME ZONE 'UTC'))::int, 1, 1) AS y\n    FROM staging.star_history_weeks w\n    WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date\n    UNION\n    SELECT DISTINCT make_date(extract(year FROM (to_timestamp(w.week + 6 * 86400 + 43200) AT TIME ZONE 'UTC'))::int, 1, 1)\n    FROM staging.star_history_weeks w\n    WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date\n) years"};

/**
 * Query generated from SQL:
 * ```
 * -- The year partitions of warehouse.fact_star_history for every year the run's
 * -- staged weeks reach into (migration 0023), created when missing.
 * -- :runId the run the staged rows belong to, :snapshotDate its date
 * SELECT count(*) FILTER (WHERE warehouse.ensure_year_partition('warehouse.fact_star_history', 'star_date', y))::int AS "created!"
 * FROM (
 *     SELECT DISTINCT make_date(extract(year FROM (to_timestamp(w.week + 43200) AT TIME ZONE 'UTC'))::int, 1, 1) AS y
 *     FROM staging.star_history_weeks w
 *     WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date
 *     UNION
 *     SELECT DISTINCT make_date(extract(year FROM (to_timestamp(w.week + 6 * 86400 + 43200) AT TIME ZONE 'UTC'))::int, 1, 1)
 *     FROM staging.star_history_weeks w
 *     WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date
 * ) years
 * ```
 */
export const ensureStarHistoryPartitionsSql = new PreparedQuery<IEnsureStarHistoryPartitionsSqlParams,IEnsureStarHistoryPartitionsSqlResult>(ensureStarHistoryPartitionsSqlIR);


