/** Types generated for queries found in "src/raw/drop-superseded-details.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DropSupersededDetailsSql' parameters type */
export interface IDropSupersededDetailsSqlParams {
  runId: string;
  snapshotDate: string;
}

/** 'DropSupersededDetailsSql' return type */
export type IDropSupersededDetailsSqlResult = void;

/** 'DropSupersededDetailsSql' query type */
export interface IDropSupersededDetailsSqlQuery {
  params: IDropSupersededDetailsSqlParams;
  result: IDropSupersededDetailsSqlResult;
}

const dropSupersededDetailsSqlIR: any = {"usedParamSet":{"runId":true,"snapshotDate":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":243,"b":249},{"a":369,"b":375}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":273,"b":286},{"a":318,"b":331}]}],"statement":"-- The same for raw.github_repo_details (see drop-superseded-repos.sql), per kind of detail.\n-- :runId the re-run's run_id, :snapshotDate its snapshot_date\nDELETE FROM raw.github_repo_details r\nUSING raw.github_repo_details n\nWHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date\n  AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!\n  AND r.repo_full_name = n.repo_full_name AND r.detail = n.detail"};

/**
 * Query generated from SQL:
 * ```
 * -- The same for raw.github_repo_details (see drop-superseded-repos.sql), per kind of detail.
 * -- :runId the re-run's run_id, :snapshotDate its snapshot_date
 * DELETE FROM raw.github_repo_details r
 * USING raw.github_repo_details n
 * WHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date
 *   AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!
 *   AND r.repo_full_name = n.repo_full_name AND r.detail = n.detail
 * ```
 */
export const dropSupersededDetailsSql = new PreparedQuery<IDropSupersededDetailsSqlParams,IDropSupersededDetailsSqlResult>(dropSupersededDetailsSqlIR);


