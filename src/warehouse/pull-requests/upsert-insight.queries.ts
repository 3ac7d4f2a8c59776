/** Types generated for queries found in "src/warehouse/pull-requests/upsert-insight.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpsertInsightSql' parameters type */
export interface IUpsertInsightSqlParams {
  commitSha: string;
  factors: Json;
  prNumber: number;
  recommendation: string;
  repoId: string;
  riskLevel: string;
  summary: string;
}

/** 'UpsertInsightSql' return type */
export type IUpsertInsightSqlResult = void;

/** 'UpsertInsightSql' query type */
export interface IUpsertInsightSqlQuery {
  params: IUpsertInsightSqlParams;
  result: IUpsertInsightSqlResult;
}

const upsertInsightSqlIR: any = {"usedParamSet":{"repoId":true,"prNumber":true,"commitSha":true,"riskLevel":true,"summary":true,"recommendation":true,"factors":true},"params":[{"name":"repoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":582,"b":589}]},{"name":"prNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":592,"b":601}]},{"name":"commitSha","required":true,"transform":{"type":"scalar"},"locs":[{"a":604,"b":614}]},{"name":"riskLevel","required":true,"transform":{"type":"scalar"},"locs":[{"a":617,"b":627}]},{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":630,"b":638}]},{"name":"recommendation","required":true,"transform":{"type":"scalar"},"locs":[{"a":641,"b":656}]},{"name":"factors","required":true,"transform":{"type":"scalar"},"locs":[{"a":659,"b":667}]}],"statement":"-- One insight per PR head commit (migrations/postgres/0013): re-assessing the\n-- same commit keeps its id. Only a changed assessment (level or factors; the\n-- deterministic text follows from them, an LLM's wording may differ) replaces\n-- the text, hands it back to polling consumers and asks for new wording.\n-- :repoId, :prNumber and :commitSha the PR head commit; :riskLevel, :summary,\n-- :recommendation and :factors (JSON text) the assessment\nINSERT INTO warehouse.insights AS i (repo_id, pr_number, commit_sha, risk_level, summary, recommendation, factors, processed)\nVALUES (:repoId!, :prNumber!, :commitSha!, :riskLevel!, :summary!, :recommendation!, :factors!::jsonb, false)\nON CONFLICT (repo_id, pr_number, commit_sha) DO UPDATE SET\n    risk_level = EXCLUDED.risk_level, summary = EXCLUDED.summary,\n    recommendation = EXCLUDED.recommendation, factors = EXCLUDED.factors, processed = false,\n    provider = 'deterministic', model = NULL, wording = 'pending', llm_error = NULL\nWHERE (i.risk_level, i.factors) IS DISTINCT FROM (EXCLUDED.risk_level, EXCLUDED.factors)"};

/**
 * Query generated from SQL:
 * ```
 * -- One insight per PR head commit (migrations/postgres/0013): re-assessing the
 * -- same commit keeps its id. Only a changed assessment (level or factors; the
 * -- deterministic text follows from them, an LLM's wording may differ) replaces
 * -- the text, hands it back to polling consumers and asks for new wording.
 * -- :repoId, :prNumber and :commitSha the PR head commit; :riskLevel, :summary,
 * -- :recommendation and :factors (JSON text) the assessment
 * INSERT INTO warehouse.insights AS i (repo_id, pr_number, commit_sha, risk_level, summary, recommendation, factors, processed)
 * VALUES (:repoId!, :prNumber!, :commitSha!, :riskLevel!, :summary!, :recommendation!, :factors!::jsonb, false)
 * ON CONFLICT (repo_id, pr_number, commit_sha) DO UPDATE SET
 *     risk_level = EXCLUDED.risk_level, summary = EXCLUDED.summary,
 *     recommendation = EXCLUDED.recommendation, factors = EXCLUDED.factors, processed = false,
 *     provider = 'deterministic', model = NULL, wording = 'pending', llm_error = NULL
 * WHERE (i.risk_level, i.factors) IS DISTINCT FROM (EXCLUDED.risk_level, EXCLUDED.factors)
 * ```
 */
export const upsertInsightSql = new PreparedQuery<IUpsertInsightSqlParams,IUpsertInsightSqlResult>(upsertInsightSqlIR);


