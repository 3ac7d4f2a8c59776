/** Types generated for queries found in "src/ops/read-last-ingest-quota.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadLastIngestQuotaSql' parameters type */
export type IReadLastIngestQuotaSqlParams = void;

/** 'ReadLastIngestQuotaSql' return type */
export interface IReadLastIngestQuotaSqlResult {
  remaining: number;
  resource: string;
}

/** 'ReadLastIngestQuotaSql' query type */
export interface IReadLastIngestQuotaSqlQuery {
  params: IReadLastIngestQuotaSqlParams;
  result: IReadLastIngestQuotaSqlResult;
}

const readLastIngestQuotaSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Quota left per GitHub resource at the end of the latest ingest run, from\n-- the collect task's github_quota_remaining_<resource> counts (every such key has the prefix\n-- and every count is a number, so neither column is NULL).\nSELECT substring(kv.key FROM 'github_quota_remaining_(.*)') AS \"resource!\", kv.value::int AS \"remaining!\"\nFROM (SELECT task_tree FROM warehouse.fact_workflow_runs WHERE run_type = 'ingest'\n      ORDER BY started_at DESC LIMIT 1) r,\n     jsonb_array_elements(r.task_tree) t, jsonb_each_text(t->'counts') kv\nWHERE t->>'name' = 'collect' AND kv.key LIKE 'github_quota_remaining_%'"};

/**
 * Query generated from SQL:
 * ```
 * -- Quota left per GitHub resource at the end of the latest ingest run, from
 * -- the collect task's github_quota_remaining_<resource> counts (every such key has the prefix
 * -- and every count is a number, so neither column is NULL).
 * SELECT substring(kv.key FROM 'github_quota_remaining_(.*)') AS "resource!", kv.value::int AS "remaining!"
 * FROM (SELECT task_tree FROM warehouse.fact_workflow_runs WHERE run_type = 'ingest'
 *       ORDER BY started_at DESC LIMIT 1) r,
 *      jsonb_array_elements(r.task_tree) t, jsonb_each_text(t->'counts') kv
 * WHERE t->>'name' = 'collect' AND kv.key LIKE 'github_quota_remaining_%'
 * ```
 */
export const readLastIngestQuotaSql = new PreparedQuery<IReadLastIngestQuotaSqlParams,IReadLastIngestQuotaSqlResult>(readLastIngestQuotaSqlIR);


