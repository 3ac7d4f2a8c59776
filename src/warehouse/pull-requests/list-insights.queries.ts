/** Types generated for queries found in "src/warehouse/pull-requests/list-insights.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListInsightsSql' parameters type */
export interface IListInsightsSqlParams {
  limit: number;
  offset: number;
  processed?: boolean | null | void;
}

/** 'ListInsightsSql' return type */
export interface IListInsightsSqlResult {
  commit_sha: string | null;
  created_at: string;
  factors: Json;
  id: string;
  llm_error: string | null;
  model: string | null;
  pr_number: number;
  processed: boolean | null;
  provider: string;
  recommendation: string | null;
  repository: string;
  risk_level: string | null;
  summary: string | null;
}

/** 'ListInsightsSql' query type */
export interface IListInsightsSqlQuery {
  params: IListInsightsSqlParams;
  result: IListInsightsSqlResult;
}

const listInsightsSqlIR: any = {"usedParamSet":{"processed":true,"limit":true,"offset":true},"params":[{"name":"processed","required":false,"transform":{"type":"scalar"},"locs":[{"a":580,"b":589},{"a":625,"b":634}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":669,"b":675}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":684,"b":691}]}],"statement":"-- Insights, newest first, one page (:limit, :offset); :processed true or false\n-- for the processed or unprocessed ones, NULL for all. created_at is never\n-- NULL (\"created_at!\"): the column defaults to now() and nothing writes NULL.\nSELECT i.id, r.full_name AS repository, i.pr_number, i.commit_sha, i.risk_level, i.summary, i.recommendation,\n       i.factors, i.processed, i.provider, i.model, i.llm_error, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS \"created_at!\"\nFROM warehouse.insights i\nJOIN warehouse.repositories r ON r.id = i.repo_id\nWHERE :processed::boolean IS NULL OR i.processed = :processed\nORDER BY i.created_at DESC\nLIMIT :limit! OFFSET :offset!"};

/**
 * Query generated from SQL:
 * ```
 * -- Insights, newest first, one page (:limit, :offset); :processed true or false
 * -- for the processed or unprocessed ones, NULL for all. created_at is never
 * -- NULL ("created_at!"): the column defaults to now() and nothing writes NULL.
 * SELECT i.id, r.full_name AS repository, i.pr_number, i.commit_sha, i.risk_level, i.summary, i.recommendation,
 *        i.factors, i.processed, i.provider, i.model, i.llm_error, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "created_at!"
 * FROM warehouse.insights i
 * JOIN warehouse.repositories r ON r.id = i.repo_id
 * WHERE :processed::boolean IS NULL OR i.processed = :processed
 * ORDER BY i.created_at DESC
 * LIMIT :limit! OFFSET :offset!
 * ```
 */
export const listInsightsSql = new PreparedQuery<IListInsightsSqlParams,IListInsightsSqlResult>(listInsightsSqlIR);


