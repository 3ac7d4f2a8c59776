/** Types generated for queries found in "src/warehouse/pull-requests/read-collected-pulls.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ReadCollectedPullsSql' parameters type */
export interface IReadCollectedPullsSqlParams {
  rawRunIds: stringArray;
  snapshotDate: string;
}

/** 'ReadCollectedPullsSql' return type */
export interface IReadCollectedPullsSqlResult {
  pull: Json;
}

/** 'ReadCollectedPullsSql' query type */
export interface IReadCollectedPullsSqlQuery {
  params: IReadCollectedPullsSqlParams;
  result: IReadCollectedPullsSqlResult;
}

const readCollectedPullsSqlIR: any = {"usedParamSet":{"rawRunIds":true,"snapshotDate":true},"params":[{"name":"rawRunIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":353,"b":363}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":396,"b":409}]}],"statement":"-- The latest receipt of each PR a run collected (the repository's fields ride\n-- along in each, so PRs of repositories the warehouse does not track are\n-- modelled too). :rawRunIds the raw rows' run ids, :snapshotDate the run's date\nSELECT DISTINCT ON (g.repo_full_name, g.pr_number) g.api_response AS pull\nFROM raw.github_pulls g\nWHERE g.run_id = ANY(:rawRunIds!::text[]) AND g.snapshot_date = :snapshotDate!::date\nORDER BY g.repo_full_name, g.pr_number, g.id DESC"};

/**
 * Query generated from SQL:
 * ```
 * -- The latest receipt of each PR a run collected (the repository's fields ride
 * -- along in each, so PRs of repositories the warehouse does not track are
 * -- modelled too). :rawRunIds the raw rows' run ids, :snapshotDate the run's date
 * SELECT DISTINCT ON (g.repo_full_name, g.pr_number) g.api_response AS pull
 * FROM raw.github_pulls g
 * WHERE g.run_id = ANY(:rawRunIds!::text[]) AND g.snapshot_date = :snapshotDate!::date
 * ORDER BY g.repo_full_name, g.pr_number, g.id DESC
 * ```
 */
export const readCollectedPullsSql = new PreparedQuery<IReadCollectedPullsSqlParams,IReadCollectedPullsSqlResult>(readCollectedPullsSqlIR);


