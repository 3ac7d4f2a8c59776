/** Types generated for queries found in "src/raw/drop-superseded-star-history.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DropSupersededStarHistorySql' parameters type */
export interface IDropSupersededStarHistorySqlParams {
  runId: string;
  snapshotDate: string;
}

/** 'DropSupersededStarHistorySql' return type */
export type IDropSupersededStarHistorySqlResult = void;

/** 'DropSupersededStarHistorySql' query type */
export interface IDropSupersededStarHistorySqlQuery {
  params: IDropSupersededStarHistorySqlParams;
  result: IDropSupersededStarHistorySqlResult;
}

const dropSupersededStarHistorySqlIR: any = {"usedParamSet":{"runId":true,"snapshotDate":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":297,"b":303},{"a":423,"b":429}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":327,"b":340},{"a":372,"b":385}]}],"statement":"-- After a re-run of a day lands, that day's earlier answers of the same\n-- repository's same star history page go (the re-run's answer is newer).\n-- :runId the re-run's run_id, :snapshotDate its snapshot_date\nDELETE FROM raw.github_star_history r\nUSING raw.github_star_history n\nWHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date\n  AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!\n  AND r.github_id = n.github_id AND r.page = n.page"};

/**
 * Query generated from SQL:
 * ```
 * -- After a re-run of a day lands, that day's earlier answers of the same
 * -- repository's same star history page go (the re-run's answer is newer).
 * -- :runId the re-run's run_id, :snapshotDate its snapshot_date
 * DELETE FROM raw.github_star_history r
 * USING raw.github_star_history n
 * WHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date
 *   AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!
 *   AND r.github_id = n.github_id AND r.page = n.page
 * ```
 */
export const dropSupersededStarHistorySql = new PreparedQuery<IDropSupersededStarHistorySqlParams,IDropSupersededStarHistorySqlResult>(dropSupersededStarHistorySqlIR);


