/** Types generated for queries found in "src/analytics/read-repo-identity.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadRepoIdentitySql' parameters type */
export interface IReadRepoIdentitySqlParams {
  fullName: string;
}

/** 'ReadRepoIdentitySql' return type */
export interface IReadRepoIdentitySqlResult {
  github_id: number;
  repo_full_name: string;
  tracked_since: string | null;
}

/** 'ReadRepoIdentitySql' query type */
export interface IReadRepoIdentitySqlQuery {
  params: IReadRepoIdentitySqlParams;
  result: IReadRepoIdentitySqlResult;
}

const readRepoIdentitySqlIR: any = {"usedParamSet":{"fullName":true},"params":[{"name":"fullName","required":true,"transform":{"type":"scalar"},"locs":[{"a":325,"b":334}]}],"statement":"-- A tracked repository's GitHub id and its first snapshot date. :fullName owner/name\nSELECT d.github_id, d.repo_full_name,\n       (SELECT min(f.snapshot_date)::text FROM warehouse.fact_repo_snapshots f WHERE f.github_id = d.github_id) AS tracked_since\nFROM warehouse.dim_repositories d\nWHERE lower(d.repo_full_name) = lower(:fullName!) AND d.is_current"};

/**
 * Query generated from SQL:
 * ```
 * -- A tracked repository's GitHub id and its first snapshot date. :fullName owner/name
 * SELECT d.github_id, d.repo_full_name,
 *        (SELECT min(f.snapshot_date)::text FROM warehouse.fact_repo_snapshots f WHERE f.github_id = d.github_id) AS tracked_since
 * FROM warehouse.dim_repositories d
 * WHERE lower(d.repo_full_name) = lower(:fullName!) AND d.is_current
 * ```
 */
export const readRepoIdentitySql = new PreparedQuery<IReadRepoIdentitySqlParams,IReadRepoIdentitySqlResult>(readRepoIdentitySqlIR);


