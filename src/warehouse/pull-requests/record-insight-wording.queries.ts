/** Types generated for queries found in "src/warehouse/pull-requests/record-insight-wording.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RecordInsightWordingSql' parameters type */
export interface IRecordInsightWordingSqlParams {
  completionTokens?: number | null | void;
  error?: string | null | void;
  id: string;
  latencyMs?: number | null | void;
  model?: string | null | void;
  promptTokens?: number | null | void;
  provider: string;
  recommendation?: string | null | void;
  summary?: string | null | void;
  wording: string;
}

/** 'RecordInsightWordingSql' return type */
export type IRecordInsightWordingSqlResult = void;

/** 'RecordInsightWordingSql' query type */
export interface IRecordInsightWordingSqlQuery {
  params: IRecordInsightWordingSqlParams;
  result: IRecordInsightWordingSqlResult;
}

const recordInsightWordingSqlIR: any = {"usedParamSet":{"summary":true,"recommendation":true,"provider":true,"model":true,"wording":true,"latencyMs":true,"promptTokens":true,"completionTokens":true,"error":true,"id":true},"params":[{"name":"summary","required":false,"transform":{"type":"scalar"},"locs":[{"a":417,"b":424},{"a":718,"b":725}]},{"name":"recommendation","required":false,"transform":{"type":"scalar"},"locs":[{"a":463,"b":477}]},{"name":"provider","required":true,"transform":{"type":"scalar"},"locs":[{"a":512,"b":521}]},{"name":"model","required":false,"transform":{"type":"scalar"},"locs":[{"a":532,"b":537}]},{"name":"wording","required":true,"transform":{"type":"scalar"},"locs":[{"a":550,"b":558}]},{"name":"latencyMs","required":false,"transform":{"type":"scalar"},"locs":[{"a":578,"b":587}]},{"name":"promptTokens","required":false,"transform":{"type":"scalar"},"locs":[{"a":614,"b":626}]},{"name":"completionTokens","required":false,"transform":{"type":"scalar"},"locs":[{"a":653,"b":669}]},{"name":"error","required":false,"transform":{"type":"scalar"},"locs":[{"a":684,"b":689}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":776,"b":779}]}],"statement":"-- An LLM's answer for an insight: its text, or on failure the error (the\n-- deterministic text stands). New text hands the insight back to polling consumers.\n-- :id the insight, :summary and :recommendation the new text (NULL on failure),\n-- :provider, :model, :wording 'done' or 'failed', :latencyMs, :promptTokens,\n-- :completionTokens, :error (NULL unless failed)\nUPDATE warehouse.insights\nSET summary = COALESCE(:summary, summary), recommendation = COALESCE(:recommendation, recommendation),\n    provider = :provider!, model = :model, wording = :wording!, llm_latency_ms = :latencyMs,\n    llm_prompt_tokens = :promptTokens, llm_completion_tokens = :completionTokens, llm_error = :error,\n    processed = CASE WHEN :summary IS NULL THEN processed ELSE false END\nWHERE id = :id! AND wording = 'pending'"};

/**
 * Query generated from SQL:
 * ```
 * -- An LLM's answer for an insight: its text, or on failure the error (the
 * -- deterministic text stands). New text hands the insight back to polling consumers.
 * -- :id the insight, :summary and :recommendation the new text (NULL on failure),
 * -- :provider, :model, :wording 'done' or 'failed', :latencyMs, :promptTokens,
 * -- :completionTokens, :error (NULL unless failed)
 * UPDATE warehouse.insights
 * SET summary = COALESCE(:summary, summary), recommendation = COALESCE(:recommendation, recommendation),
 *     provider = :provider!, model = :model, wording = :wording!, llm_latency_ms = :latencyMs,
 *     llm_prompt_tokens = :promptTokens, llm_completion_tokens = :completionTokens, llm_error = :error,
 *     processed = CASE WHEN :summary IS NULL THEN processed ELSE false END
 * WHERE id = :id! AND wording = 'pending'
 * ```
 */
export const recordInsightWordingSql = new PreparedQuery<IRecordInsightWordingSqlParams,IRecordInsightWordingSqlResult>(recordInsightWordingSqlIR);


