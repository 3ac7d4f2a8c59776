/** Types generated for queries found in "src/analytics/read-repository.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ReadRepositorySql' parameters type */
export interface IReadRepositorySqlParams {
  fullName: string;
}

/** 'ReadRepositorySql' return type */
export interface IReadRepositorySqlResult {
  company: string | null;
  current: Json | null;
  description: string | null;
  github_id: number;
  language: string | null;
  license_spdx: string | null;
  render_category: string | null;
  repo_full_name: string;
  repo_url: string | null;
  topics: stringArray;
}

/** 'ReadRepositorySql' query type */
export interface IReadRepositorySqlQuery {
  params: IReadRepositorySqlParams;
  result: IReadRepositorySqlResult;
}

const readRepositorySqlIR: any = {"usedParamSet":{"fullName":true},"params":[{"name":"fullName","required":true,"transform":{"type":"scalar"},"locs":[{"a":1030,"b":1039}]}],"statement":"-- The current version of a repository and its latest snapshot. :fullName owner/name\nSELECT dr.github_id, dr.repo_full_name, dr.description, dr.language, dr.repo_url, dr.render_category, dr.topics,\n       dr.license_spdx, dc.company_name AS \"company?\",\n       CASE WHEN f.snapshot_date IS NOT NULL THEN json_build_object(\n           'stars', f.stars, 'forks', f.forks, 'open_issues', f.open_issues, 'star_velocity', f.star_velocity,\n           'star_velocity_7d', f.star_velocity_7d, 'activity_score', f.activity_score,\n           'momentum_score', f.momentum_score::float, 'rank_overall', f.rank_overall,\n           'rank_in_language', f.rank_in_language, 'snapshot_date', f.snapshot_date)\n       END AS current\nFROM warehouse.dim_repositories dr\nLEFT JOIN warehouse.dim_companies dc ON dc.company_key = dr.company_key\nLEFT JOIN LATERAL (\n    SELECT * FROM warehouse.fact_repo_snapshots s WHERE s.github_id = dr.github_id ORDER BY s.snapshot_date DESC LIMIT 1\n) f ON true\nWHERE dr.is_current AND lower(dr.repo_full_name) = lower(:fullName!)"};

/**
 * Query generated from SQL:
 * ```
 * -- The current version of a repository and its latest snapshot. :fullName owner/name
 * SELECT dr.github_id, dr.repo_full_name, dr.description, dr.language, dr.repo_url, dr.render_category, dr.topics,
 *        dr.license_spdx, dc.company_name AS "company?",
 *        CASE WHEN f.snapshot_date IS NOT NULL THEN json_build_object(
 *            'stars', f.stars, 'forks', f.forks, 'open_issues', f.open_issues, 'star_velocity', f.star_velocity,
 *            'star_velocity_7d', f.star_velocity_7d, 'activity_score', f.activity_score,
 *            'momentum_score', f.momentum_score::float, 'rank_overall', f.rank_overall,
 *            'rank_in_language', f.rank_in_language, 'snapshot_date', f.snapshot_date)
 *        END AS current
 * FROM warehouse.dim_repositories dr
 * LEFT JOIN warehouse.dim_companies dc ON dc.company_key = dr.company_key
 * LEFT JOIN LATERAL (
 *     SELECT * FROM warehouse.fact_repo_snapshots s WHERE s.github_id = dr.github_id ORDER BY s.snapshot_date DESC LIMIT 1
 * ) f ON true
 * WHERE dr.is_current AND lower(dr.repo_full_name) = lower(:fullName!)
 * ```
 */
export const readRepositorySql = new PreparedQuery<IReadRepositorySqlParams,IReadRepositorySqlResult>(readRepositorySqlIR);


