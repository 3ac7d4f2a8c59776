/** Types generated for queries found in "src/ops/read-data-version.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadDataVersionSql' parameters type */
export type IReadDataVersionSqlParams = void;

/** 'ReadDataVersionSql' return type */
export interface IReadDataVersionSqlResult {
  version: string;
}

/** 'ReadDataVersionSql' query type */
export interface IReadDataVersionSqlQuery {
  params: IReadDataVersionSqlParams;
  result: IReadDataVersionSqlResult;
}

const readDataVersionSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- The data version the API caches answers by: when the last committed run completed.\nSELECT COALESCE(max(completed_at)::text, '') AS \"version!\"\nFROM warehouse.fact_workflow_runs\nWHERE status = 'succeeded'"};

/**
 * Query generated from SQL:
 * ```
 * -- The data version the API caches answers by: when the last committed run completed.
 * SELECT COALESCE(max(completed_at)::text, '') AS "version!"
 * FROM warehouse.fact_workflow_runs
 * WHERE status = 'succeeded'
 * ```
 */
export const readDataVersionSql = new PreparedQuery<IReadDataVersionSqlParams,IReadDataVersionSqlResult>(readDataVersionSqlIR);


