/** Types generated for queries found in "src/analytics/read-language-rankings.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadLanguageRankingsSql' parameters type */
export interface IReadLanguageRankingsSqlParams {
  language: string;
  limit: number;
  offset: number;
}

/** 'ReadLanguageRankingsSql' return type */
export interface IReadLanguageRankingsSqlResult {
  momentum_score: number | null;
  rank_in_language: number | null;
  repo_full_name: string;
  star_velocity: number | null;
  stars: number;
  uses_render: boolean;
}

/** 'ReadLanguageRankingsSql' query type */
export interface IReadLanguageRankingsSqlQuery {
  params: IReadLanguageRankingsSqlParams;
  result: IReadLanguageRankingsSqlResult;
}

const readLanguageRankingsSqlIR: any = {"usedParamSet":{"language":true,"limit":true,"offset":true},"params":[{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":294,"b":303}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":338,"b":344}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":353,"b":360}]}],"statement":"-- :language language, :limit limit, :offset offset\nSELECT rank_in_language, repo_full_name AS \"repo_full_name!\", stars AS \"stars!\", star_velocity,\n       momentum_score::float AS momentum_score, uses_render AS \"uses_render!\"\nFROM analytics.language_rankings\nWHERE lower(language_name) = lower(:language!)\nORDER BY rank_in_language\nLIMIT :limit! OFFSET :offset!"};

/**
 * Query generated from SQL:
 * ```
 * -- :language language, :limit limit, :offset offset
 * SELECT rank_in_language, repo_full_name AS "repo_full_name!", stars AS "stars!", star_velocity,
 *        momentum_score::float AS momentum_score, uses_render AS "uses_render!"
 * FROM analytics.language_rankings
 * WHERE lower(language_name) = lower(:language!)
 * ORDER BY rank_in_language
 * LIMIT :limit! OFFSET :offset!
 * ```
 */
export const readLanguageRankingsSql = new PreparedQuery<IReadLanguageRankingsSqlParams,IReadLanguageRankingsSqlResult>(readLanguageRankingsSqlIR);


