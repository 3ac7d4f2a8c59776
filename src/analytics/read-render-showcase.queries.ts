/** Types generated for queries found in "src/analytics/read-render-showcase.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ReadRenderShowcaseSql' parameters type */
export interface IReadRenderShowcaseSqlParams {
  limit: number;
  offset: number;
}

/** 'ReadRenderShowcaseSql' return type */
export interface IReadRenderShowcaseSqlResult {
  activity_score: number | null;
  language: string | null;
  momentum_score: number | null;
  render_category: string | null;
  repo_full_name: string;
  service_types: stringArray;
  star_velocity: number | null;
  stars: number;
}

/** 'ReadRenderShowcaseSql' query type */
export interface IReadRenderShowcaseSqlQuery {
  params: IReadRenderShowcaseSqlParams;
  result: IReadRenderShowcaseSqlResult;
}

const readRenderShowcaseSqlIR: any = {"usedParamSet":{"limit":true,"offset":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":240,"b":246}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":255,"b":262}]}],"statement":"SELECT repo_full_name AS \"repo_full_name!\", render_category, language, stars AS \"stars!\", star_velocity, activity_score,\n       momentum_score::float AS momentum_score, service_types AS \"service_types!\"\nFROM analytics.render_showcase\nLIMIT :limit! OFFSET :offset!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT repo_full_name AS "repo_full_name!", render_category, language, stars AS "stars!", star_velocity, activity_score,
 *        momentum_score::float AS momentum_score, service_types AS "service_types!"
 * FROM analytics.render_showcase
 * LIMIT :limit! OFFSET :offset!
 * ```
 */
export const readRenderShowcaseSql = new PreparedQuery<IReadRenderShowcaseSqlParams,IReadRenderShowcaseSqlResult>(readRenderShowcaseSqlIR);


