/** Types generated for queries found in "src/warehouse/pull-requests/list-insights-to-word.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListInsightsToWordSql' parameters type */
export interface IListInsightsToWordSqlParams {
  limit: number;
}

/** 'ListInsightsToWordSql' return type */
export interface IListInsightsToWordSqlResult {
  additions: number | null;
  deletions: number | null;
  factors: Json;
  files: Json | null;
  id: string;
  pr_number: number;
  recommendation: string | null;
  repository: string;
  risk_level: string | null;
  summary: string | null;
  title: string | null;
}

/** 'ListInsightsToWordSql' query type */
export interface IListInsightsToWordSqlQuery {
  params: IListInsightsToWordSqlParams;
  result: IListInsightsToWordSqlResult;
}

const listInsightsToWordSqlIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":645,"b":651}]}],"statement":"-- At most :limit insights waiting for an LLM's wording, oldest first, with what the\n-- prompt needs: the PR, its files and line counts, the deterministic assessment.\n-- The PR (LEFT JOIN) may be missing: title? says so (pgtyped #551).\nSELECT i.id, r.full_name AS repository, i.pr_number, p.title AS \"title?\", i.risk_level, i.summary, i.recommendation,\n       i.factors, p.files_changed AS files, p.additions, p.deletions\nFROM warehouse.insights i\nJOIN warehouse.repositories r ON r.id = i.repo_id\nLEFT JOIN warehouse.pull_requests p ON p.repo_id = i.repo_id AND p.pr_number = i.pr_number\nWHERE i.wording = 'pending'\nORDER BY i.created_at\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- At most :limit insights waiting for an LLM's wording, oldest first, with what the
 * -- prompt needs: the PR, its files and line counts, the deterministic assessment.
 * -- The PR (LEFT JOIN) may be missing: title? says so (pgtyped #551).
 * SELECT i.id, r.full_name AS repository, i.pr_number, p.title AS "title?", i.risk_level, i.summary, i.recommendation,
 *        i.factors, p.files_changed AS files, p.additions, p.deletions
 * FROM warehouse.insights i
 * JOIN warehouse.repositories r ON r.id = i.repo_id
 * LEFT JOIN warehouse.pull_requests p ON p.repo_id = i.repo_id AND p.pr_number = i.pr_number
 * WHERE i.wording = 'pending'
 * ORDER BY i.created_at
 * LIMIT :limit!
 * ```
 */
export const listInsightsToWordSql = new PreparedQuery<IListInsightsToWordSqlParams,IListInsightsToWordSqlResult>(listInsightsToWordSqlIR);


