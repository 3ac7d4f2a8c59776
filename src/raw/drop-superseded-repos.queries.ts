/** Types generated for queries found in "src/raw/drop-superseded-repos.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'DropSupersededReposSql' parameters type */
export interface IDropSupersededReposSqlParams {
  runId: string;
  snapshotDate: string;
}

/** 'DropSupersededReposSql' return type */
export type IDropSupersededReposSqlResult = void;

/** 'DropSupersededReposSql' query type */
export interface IDropSupersededReposSqlQuery {
  params: IDropSupersededReposSqlParams;
  result: IDropSupersededReposSqlResult;
}

const dropSupersededReposSqlIR: any = {"usedParamSet":{"runId":true,"snapshotDate":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":280,"b":286},{"a":406,"b":412}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":310,"b":323},{"a":355,"b":368}]}],"statement":"-- After a re-run of a day lands (COPY into raw.github_repos), that day's\n-- earlier receipts of the same repositories from the same source go.\n-- :runId the re-run's run_id, :snapshotDate its snapshot_date\nDELETE FROM raw.github_repos r\nUSING raw.github_repos n\nWHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date\n  AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!\n  AND r.repo_full_name = n.repo_full_name AND r.source = n.source"};

/**
 * Query generated from SQL:
 * ```
 * -- After a re-run of a day lands (COPY into raw.github_repos), that day's
 * -- earlier receipts of the same repositories from the same source go.
 * -- :runId the re-run's run_id, :snapshotDate its snapshot_date
 * DELETE FROM raw.github_repos r
 * USING raw.github_repos n
 * WHERE n.run_id = :runId! AND n.snapshot_date = :snapshotDate!::date
 *   AND r.snapshot_date = :snapshotDate!::date AND r.run_id IS DISTINCT FROM :runId!
 *   AND r.repo_full_name = n.repo_full_name AND r.source = n.source
 * ```
 */
export const dropSupersededReposSql = new PreparedQuery<IDropSupersededReposSqlParams,IDropSupersededReposSqlResult>(dropSupersededReposSqlIR);


