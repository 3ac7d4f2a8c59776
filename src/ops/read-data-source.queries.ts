/** Types generated for queries found in "src/ops/read-data-source.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadDataSourceSql' parameters type */
export type IReadDataSourceSqlParams = void;

/** 'ReadDataSourceSql' return type */
export interface IReadDataSourceSqlResult {
  github_source: string;
}

/** 'ReadDataSourceSql' query type */
export interface IReadDataSourceSqlQuery {
  params: IReadDataSourceSqlParams;
  result: IReadDataSourceSqlResult;
}

const readDataSourceSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Where the data of the latest run that called GitHub came from ('github' or 'replay'), if any run did.\nSELECT github_source AS \"github_source!\" FROM warehouse.fact_workflow_runs\nWHERE github_source IS NOT NULL AND status = 'succeeded'\nORDER BY started_at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * -- Where the data of the latest run that called GitHub came from ('github' or 'replay'), if any run did.
 * SELECT github_source AS "github_source!" FROM warehouse.fact_workflow_runs
 * WHERE github_source IS NOT NULL AND status = 'succeeded'
 * ORDER BY started_at DESC LIMIT 1
 * ```
 */
export const readDataSourceSql = new PreparedQuery<IReadDataSourceSqlParams,IReadDataSourceSqlResult>(readDataSourceSqlIR);


