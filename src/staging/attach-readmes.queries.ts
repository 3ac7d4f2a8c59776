/** Types generated for queries found in "src/staging/attach-readmes.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'AttachReadmesSql' parameters type */
export interface IAttachReadmesSqlParams {
  rawRunIds: stringArray;
  runId: string;
  snapshotDate: string;
}

/** 'AttachReadmesSql' return type */
export type IAttachReadmesSqlResult = void;

/** 'AttachReadmesSql' query type */
export interface IAttachReadmesSqlQuery {
  params: IAttachReadmesSqlParams;
  result: IAttachReadmesSqlResult;
}

const attachReadmesSqlIR: any = {"usedParamSet":{"rawRunIds":true,"snapshotDate":true,"runId":true},"params":[{"name":"rawRunIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":670,"b":680}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":713,"b":726}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":953,"b":959}]}],"statement":"-- Decodes the README answers of a run (base64, as GitHub sends them) onto\n-- the validated repositories, the latest answer per repository. The answers\n-- are gathered first (MATERIALIZED), so a run with many other details and few\n-- READMEs joins a handful of rows instead of probing every detail per repository.\n-- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the staging run\nWITH readmes AS MATERIALIZED (\n    SELECT DISTINCT ON (lower(d.repo_full_name)) lower(d.repo_full_name) AS name_key,\n        convert_from(decode(d.api_response->>'content', 'base64'), 'UTF8') AS content\n    FROM raw.github_repo_details d\n    WHERE d.run_id = ANY(:rawRunIds!::text[]) AND d.snapshot_date = :snapshotDate!::date AND d.detail = 'readme'\n      AND d.api_response->>'encoding' = 'base64'\n    ORDER BY lower(d.repo_full_name), d.id DESC\n)\nUPDATE staging.repos_validated s\nSET readme_content = r.content\nFROM readmes r\nWHERE s.run_id = :runId! AND lower(s.repo_full_name) = r.name_key"};

/**
 * Query generated from SQL:
 * ```
 * -- Decodes the README answers of a run (base64, as GitHub sends them) onto
 * -- the validated repositories, the latest answer per repository. The answers
 * -- are gathered first (MATERIALIZED), so a run with many other details and few
 * -- READMEs joins a handful of rows instead of probing every detail per repository.
 * -- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the staging run
 * WITH readmes AS MATERIALIZED (
 *     SELECT DISTINCT ON (lower(d.repo_full_name)) lower(d.repo_full_name) AS name_key,
 *         convert_from(decode(d.api_response->>'content', 'base64'), 'UTF8') AS content
 *     FROM raw.github_repo_details d
 *     WHERE d.run_id = ANY(:rawRunIds!::text[]) AND d.snapshot_date = :snapshotDate!::date AND d.detail = 'readme'
 *       AND d.api_response->>'encoding' = 'base64'
 *     ORDER BY lower(d.repo_full_name), d.id DESC
 * )
 * UPDATE staging.repos_validated s
 * SET readme_content = r.content
 * FROM readmes r
 * WHERE s.run_id = :runId! AND lower(s.repo_full_name) = r.name_key
 * ```
 */
export const attachReadmesSql = new PreparedQuery<IAttachReadmesSqlParams,IAttachReadmesSqlResult>(attachReadmesSqlIR);


