/** Types generated for queries found in "src/analytics/read-company.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ReadCompanySql' parameters type */
export interface IReadCompanySqlParams {
  org: string;
}

/** 'ReadCompanySql' return type */
export interface IReadCompanySqlResult {
  company: Json | null;
}

/** 'ReadCompanySql' query type */
export interface IReadCompanySqlQuery {
  params: IReadCompanySqlParams;
  result: IReadCompanySqlResult;
}

const readCompanySqlIR: any = {"usedParamSet":{"org":true},"params":[{"name":"org","required":true,"transform":{"type":"scalar"},"locs":[{"a":317,"b":321},{"a":642,"b":646},{"a":1044,"b":1048}]}],"statement":"-- :org org login\nSELECT json_build_object(\n  'company', (SELECT json_build_object('company_name', company_name, 'repo_count', repo_count,\n                                       'total_stars', total_stars, 'total_forks', total_forks)\n              FROM analytics.company_total_stars WHERE lower(company_name) = lower(:org!)),\n  'top_forked', (SELECT COALESCE(json_agg(json_build_object('repo_full_name', repo_full_name, 'forks', forks,\n                                 'stars', stars, 'fork_rank', fork_rank) ORDER BY fork_rank), '[]')\n                 FROM (SELECT * FROM analytics.company_top_forked_repos WHERE lower(company_name) = lower(:org!)\n                       ORDER BY fork_rank LIMIT 10) t),\n  'languages', (SELECT COALESCE(json_agg(json_build_object('language_name', language_name, 'repo_count', repo_count,\n                                'total_bytes', total_bytes, 'share_percent', share_percent) ORDER BY total_bytes DESC), '[]')\n                FROM analytics.language_popularity_by_company WHERE lower(company_name) = lower(:org!))\n) AS company"};

/**
 * Query generated from SQL:
 * ```
 * -- :org org login
 * SELECT json_build_object(
 *   'company', (SELECT json_build_object('company_name', company_name, 'repo_count', repo_count,
 *                                        'total_stars', total_stars, 'total_forks', total_forks)
 *               FROM analytics.company_total_stars WHERE lower(company_name) = lower(:org!)),
 *   'top_forked', (SELECT COALESCE(json_agg(json_build_object('repo_full_name', repo_full_name, 'forks', forks,
 *                                  'stars', stars, 'fork_rank', fork_rank) ORDER BY fork_rank), '[]')
 *                  FROM (SELECT * FROM analytics.company_top_forked_repos WHERE lower(company_name) = lower(:org!)
 *                        ORDER BY fork_rank LIMIT 10) t),
 *   'languages', (SELECT COALESCE(json_agg(json_build_object('language_name', language_name, 'repo_count', repo_count,
 *                                 'total_bytes', total_bytes, 'share_percent', share_percent) ORDER BY total_bytes DESC), '[]')
 *                 FROM analytics.language_popularity_by_company WHERE lower(company_name) = lower(:org!))
 * ) AS company
 * ```
 */
export const readCompanySql = new PreparedQuery<IReadCompanySqlParams,IReadCompanySqlResult>(readCompanySqlIR);


