/** Types generated for queries found in "src/warehouse/close-changed-repo-versions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'CloseChangedRepoVersionsSql' parameters type */
export interface ICloseChangedRepoVersionsSqlParams {
  asOf: DateOrString;
  runId: string;
}

/** 'CloseChangedRepoVersionsSql' return type */
export type ICloseChangedRepoVersionsSqlResult = void;

/** 'CloseChangedRepoVersionsSql' query type */
export interface ICloseChangedRepoVersionsSqlQuery {
  params: ICloseChangedRepoVersionsSqlParams;
  result: ICloseChangedRepoVersionsSqlResult;
}

const closeChangedRepoVersionsSqlIR: any = {"usedParamSet":{"asOf":true,"runId":true},"params":[{"name":"asOf","required":true,"transform":{"type":"scalar"},"locs":[{"a":319,"b":324}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":422,"b":428}]}],"statement":"-- SCD type 2, step 1: close the current version of every repository whose\n-- description, README, language or Render category changed. A README or\n-- category not fetched in this run (NULL in staging) is not a change.\n-- :runId the run, :asOf its as-of time\nUPDATE warehouse.dim_repositories d\nSET valid_to = GREATEST(:asOf!::timestamptz, d.valid_from), is_current = false\nFROM staging.repos_validated s\nWHERE s.run_id = :runId!\n  AND d.github_id = s.github_id\n  AND d.is_current\n  AND (d.description IS DISTINCT FROM s.description\n    OR d.language IS DISTINCT FROM s.language\n    OR (s.readme_content IS NOT NULL AND d.readme_content IS DISTINCT FROM s.readme_content)\n    OR (s.render_category IS NOT NULL AND d.render_category IS DISTINCT FROM s.render_category))"};

/**
 * Query generated from SQL:
 * ```
 * -- SCD type 2, step 1: close the current version of every repository whose
 * -- description, README, language or Render category changed. A README or
 * -- category not fetched in this run (NULL in staging) is not a change.
 * -- :runId the run, :asOf its as-of time
 * UPDATE warehouse.dim_repositories d
 * SET valid_to = GREATEST(:asOf!::timestamptz, d.valid_from), is_current = false
 * FROM staging.repos_validated s
 * WHERE s.run_id = :runId!
 *   AND d.github_id = s.github_id
 *   AND d.is_current
 *   AND (d.description IS DISTINCT FROM s.description
 *     OR d.language IS DISTINCT FROM s.language
 *     OR (s.readme_content IS NOT NULL AND d.readme_content IS DISTINCT FROM s.readme_content)
 *     OR (s.render_category IS NOT NULL AND d.render_category IS DISTINCT FROM s.render_category))
 * ```
 */
export const closeChangedRepoVersionsSql = new PreparedQuery<ICloseChangedRepoVersionsSqlParams,ICloseChangedRepoVersionsSqlResult>(closeChangedRepoVersionsSqlIR);


