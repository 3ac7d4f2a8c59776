/** Types generated for queries found in "src/analytics/search-repositories.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'SearchRepositoriesSql' parameters type */
export interface ISearchRepositoriesSqlParams {
  limit: number;
  text: string;
}

/** 'SearchRepositoriesSql' return type */
export interface ISearchRepositoriesSqlResult {
  description: string | null;
  language: string | null;
  repo_full_name: string;
  stars: number | null;
}

/** 'SearchRepositoriesSql' query type */
export interface ISearchRepositoriesSqlQuery {
  params: ISearchRepositoriesSqlParams;
  result: ISearchRepositoriesSqlResult;
}

const searchRepositoriesSqlIR: any = {"usedParamSet":{"text":true,"limit":true},"params":[{"name":"text","required":true,"transform":{"type":"scalar"},"locs":[{"a":524,"b":529},{"a":571,"b":576},{"a":639,"b":644},{"a":718,"b":723}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":789,"b":795}]}],"statement":"-- Tracked repositories whose owner/name contains the words, best first: an\n-- exact name, then a name that starts with them, then the most starred.\n-- :text text to find (lower case), :limit how many\nSELECT d.repo_full_name, d.language, d.description, s.stars AS \"stars?\"\nFROM warehouse.dim_repositories d\nLEFT JOIN LATERAL (\n    SELECT f.stars FROM warehouse.fact_repo_snapshots f\n    WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1\n) s ON true\nWHERE d.is_current AND strpos(lower(d.repo_full_name), :text!) > 0\nORDER BY lower(d.repo_full_name) = :text! DESC,\n         lower(split_part(d.repo_full_name, '/', 2)) = :text! DESC,\n         starts_with(lower(split_part(d.repo_full_name, '/', 2)), :text!) DESC,\n         s.stars DESC NULLS LAST, d.repo_full_name\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Tracked repositories whose owner/name contains the words, best first: an
 * -- exact name, then a name that starts with them, then the most starred.
 * -- :text text to find (lower case), :limit how many
 * SELECT d.repo_full_name, d.language, d.description, s.stars AS "stars?"
 * FROM warehouse.dim_repositories d
 * LEFT JOIN LATERAL (
 *     SELECT f.stars FROM warehouse.fact_repo_snapshots f
 *     WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1
 * ) s ON true
 * WHERE d.is_current AND strpos(lower(d.repo_full_name), :text!) > 0
 * ORDER BY lower(d.repo_full_name) = :text! DESC,
 *          lower(split_part(d.repo_full_name, '/', 2)) = :text! DESC,
 *          starts_with(lower(split_part(d.repo_full_name, '/', 2)), :text!) DESC,
 *          s.stars DESC NULLS LAST, d.repo_full_name
 * LIMIT :limit!
 * ```
 */
export const searchRepositoriesSql = new PreparedQuery<ISearchRepositoriesSqlParams,ISearchRepositoriesSqlResult>(searchRepositoriesSqlIR);


