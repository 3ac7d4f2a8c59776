/** Types generated for queries found in "src/analytics/read-repo-history.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ReadRepoHistorySql' parameters type */
export interface IReadRepoHistorySqlParams {
  githubId: number;
}

/** 'ReadRepoHistorySql' return type */
export interface IReadRepoHistorySqlResult {
  history: Json | null;
}

/** 'ReadRepoHistorySql' query type */
export interface IReadRepoHistorySqlQuery {
  params: IReadRepoHistorySqlParams;
  result: IReadRepoHistorySqlResult;
}

const readRepoHistorySqlIR: any = {"usedParamSet":{"githubId":true},"params":[{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":533,"b":542},{"a":793,"b":802},{"a":1105,"b":1114},{"a":1232,"b":1241}]}],"statement":"-- SCD versions, daily series and latest languages of one repository. :githubId github_id\nSELECT json_build_object(\n  'versions', (SELECT COALESCE(json_agg(json_build_object(\n        'valid_from', to_char(valid_from AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),\n        'valid_to', to_char(valid_to AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),\n        'description', description, 'language', language, 'render_category', render_category) ORDER BY valid_from), '[]')\n      FROM warehouse.dim_repositories WHERE github_id = :githubId!),\n  'series', (SELECT COALESCE(json_agg(json_build_object(\n        'snapshot_date', snapshot_date, 'stars', stars, 'forks', forks, 'open_issues', open_issues) ORDER BY snapshot_date), '[]')\n      FROM warehouse.fact_repo_snapshots WHERE github_id = :githubId!),\n  'languages', (SELECT COALESCE(json_agg(json_build_object('language_name', dl.language_name, 'bytes', fls.bytes) ORDER BY fls.bytes DESC), '[]')\n      FROM warehouse.fact_language_snapshots fls\n      JOIN warehouse.dim_languages dl ON dl.language_key = fls.language_key\n      WHERE fls.github_id = :githubId!\n        AND fls.snapshot_date = (SELECT max(snapshot_date) FROM warehouse.fact_language_snapshots WHERE github_id = :githubId!))\n) AS history"};

/**
 * Query generated from SQL:
 * ```
 * -- SCD versions, daily series and latest languages of one repository. :githubId github_id
 * SELECT json_build_object(
 *   'versions', (SELECT COALESCE(json_agg(json_build_object(
 *         'valid_from', to_char(valid_from AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
 *         'valid_to', to_char(valid_to AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
 *         'description', description, 'language', language, 'render_category', render_category) ORDER BY valid_from), '[]')
 *       FROM warehouse.dim_repositories WHERE github_id = :githubId!),
 *   'series', (SELECT COALESCE(json_agg(json_build_object(
 *         'snapshot_date', snapshot_date, 'stars', stars, 'forks', forks, 'open_issues', open_issues) ORDER BY snapshot_date), '[]')
 *       FROM warehouse.fact_repo_snapshots WHERE github_id = :githubId!),
 *   'languages', (SELECT COALESCE(json_agg(json_build_object('language_name', dl.language_name, 'bytes', fls.bytes) ORDER BY fls.bytes DESC), '[]')
 *       FROM warehouse.fact_language_snapshots fls
 *       JOIN warehouse.dim_languages dl ON dl.language_key = fls.language_key
 *       WHERE fls.github_id = :githubId!
 *         AND fls.snapshot_date = (SELECT max(snapshot_date) FROM warehouse.fact_language_snapshots WHERE github_id = :githubId!))
 * ) AS history
 * ```
 */
export const readRepoHistorySql = new PreparedQuery<IReadRepoHistorySqlParams,IReadRepoHistorySqlResult>(readRepoHistorySqlIR);


