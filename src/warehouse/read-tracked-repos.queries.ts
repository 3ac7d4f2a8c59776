/** Types generated for queries found in "src/warehouse/read-tracked-repos.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadTrackedReposSql' parameters type */
export interface IReadTrackedReposSqlParams {
  after: number;
  limit: number;
}

/** 'ReadTrackedReposSql' return type */
export interface IReadTrackedReposSqlResult {
  from_org: boolean;
  github_id: number;
  has_readme: boolean;
  node_id: string | null;
  pushed_at: Date | null;
}

/** 'ReadTrackedReposSql' query type */
export interface IReadTrackedReposSqlQuery {
  params: IReadTrackedReposSqlParams;
  result: IReadTrackedReposSqlResult;
}

const readTrackedReposSqlIR: any = {"usedParamSet":{"after":true,"limit":true},"params":[{"name":"after","required":true,"transform":{"type":"scalar"},"locs":[{"a":586,"b":592}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":629,"b":635}]}],"statement":"-- The tracked set, as the collect phase needs it: one row per current\n-- repository, a page at a time in github_id order (keyset: :after the last\n-- github_id read, :limit the page size), so a million rows never sit in one result.\nSELECT d.github_id, d.node_id, d.company_key IS NOT NULL AS \"from_org!\",\n       d.readme_content IS NOT NULL AS \"has_readme!\",\n       (SELECT f.pushed_at FROM warehouse.fact_repo_snapshots f\n        WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1) AS pushed_at\nFROM warehouse.dim_repositories d\nWHERE d.is_current AND d.github_id > :after!::bigint\nORDER BY d.github_id\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- The tracked set, as the collect phase needs it: one row per current
 * -- repository, a page at a time in github_id order (keyset: :after the last
 * -- github_id read, :limit the page size), so a million rows never sit in one result.
 * SELECT d.github_id, d.node_id, d.company_key IS NOT NULL AS "from_org!",
 *        d.readme_content IS NOT NULL AS "has_readme!",
 *        (SELECT f.pushed_at FROM warehouse.fact_repo_snapshots f
 *         WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1) AS pushed_at
 * FROM warehouse.dim_repositories d
 * WHERE d.is_current AND d.github_id > :after!::bigint
 * ORDER BY d.github_id
 * LIMIT :limit!::int
 * ```
 */
export const readTrackedReposSql = new PreparedQuery<IReadTrackedReposSqlParams,IReadTrackedReposSqlResult>(readTrackedReposSqlIR);


