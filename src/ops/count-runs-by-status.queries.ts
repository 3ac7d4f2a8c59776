/** Types generated for queries found in "src/ops/count-runs-by-status.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountRunsByStatusSql' parameters type */
export type ICountRunsByStatusSqlParams = void;

/** 'CountRunsByStatusSql' return type */
export interface ICountRunsByStatusSqlResult {
  n: number;
  status: string;
}

/** 'CountRunsByStatusSql' query type */
export interface ICountRunsByStatusSqlQuery {
  params: ICountRunsByStatusSqlParams;
  result: ICountRunsByStatusSqlResult;
}

const countRunsByStatusSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Runs per status, for /metrics. The column allows NULL but record-workflow-run.sql\n-- always sets it.\nSELECT status AS \"status!\", count(*)::int AS \"n!\" FROM warehouse.fact_workflow_runs GROUP BY status"};

/**
 * Query generated from SQL:
 * ```
 * -- Runs per status, for /metrics. The column allows NULL but record-workflow-run.sql
 * -- always sets it.
 * SELECT status AS "status!", count(*)::int AS "n!" FROM warehouse.fact_workflow_runs GROUP BY status
 * ```
 */
export const countRunsByStatusSql = new PreparedQuery<ICountRunsByStatusSqlParams,ICountRunsByStatusSqlResult>(countRunsByStatusSqlIR);


