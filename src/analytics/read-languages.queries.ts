/** Types generated for queries found in "src/analytics/read-languages.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadLanguagesSql' parameters type */
export type IReadLanguagesSqlParams = void;

/** 'ReadLanguagesSql' return type */
export interface IReadLanguagesSqlResult {
  language_name: string;
  repos: number;
  star_velocity_7d: number;
  stars: number;
}

/** 'ReadLanguagesSql' query type */
export interface IReadLanguagesSqlQuery {
  params: IReadLanguagesSqlParams;
  result: IReadLanguagesSqlResult;
}

const readLanguagesSqlIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT dl.language_name, count(*)::int AS \"repos!\", sum(f.stars)::bigint AS \"stars!\",\n       COALESCE(sum(f.star_velocity_7d), 0)::bigint AS \"star_velocity_7d!\"\nFROM warehouse.fact_repo_snapshots f\nJOIN warehouse.dim_languages dl ON dl.language_key = f.language_key\nWHERE f.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)\nGROUP BY dl.language_name\nORDER BY count(*) DESC, sum(f.stars) DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT dl.language_name, count(*)::int AS "repos!", sum(f.stars)::bigint AS "stars!",
 *        COALESCE(sum(f.star_velocity_7d), 0)::bigint AS "star_velocity_7d!"
 * FROM warehouse.fact_repo_snapshots f
 * JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
 * WHERE f.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
 * GROUP BY dl.language_name
 * ORDER BY count(*) DESC, sum(f.stars) DESC
 * ```
 */
export const readLanguagesSql = new PreparedQuery<IReadLanguagesSqlParams,IReadLanguagesSqlResult>(readLanguagesSqlIR);


