/** Types generated for queries found in "src/ops/read-last-ingest-cost.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadLastIngestCostSql' parameters type */
export type IReadLastIngestCostSqlParams = void;

/** 'ReadLastIngestCostSql' return type */
export interface IReadLastIngestCostSqlResult {
  points: number | null;
  requests: number | null;
}

/** 'ReadLastIngestCostSql' query type */
export interface IReadLastIngestCostSqlQuery {
  params: IReadLastIngestCostSqlParams;
  result: IReadLastIngestCostSqlResult;
}

const readLastIngestCostSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- GitHub requests and GraphQL points of the latest ingest run.\nSELECT github_requests AS requests, github_points AS points\nFROM warehouse.fact_workflow_runs\nWHERE run_type = 'ingest'\nORDER BY started_at DESC\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * -- GitHub requests and GraphQL points of the latest ingest run.
 * SELECT github_requests AS requests, github_points AS points
 * FROM warehouse.fact_workflow_runs
 * WHERE run_type = 'ingest'
 * ORDER BY started_at DESC
 * LIMIT 1
 * ```
 */
export const readLastIngestCostSql = new PreparedQuery<IReadLastIngestCostSqlParams,IReadLastIngestCostSqlResult>(readLastIngestCostSqlIR);


