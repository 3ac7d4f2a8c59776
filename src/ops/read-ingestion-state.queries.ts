/** Types generated for queries found in "src/ops/read-ingestion-state.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ReadIngestionStateSql' parameters type */
export type IReadIngestionStateSqlParams = void;

/** 'ReadIngestionStateSql' return type */
export interface IReadIngestionStateSqlResult {
  cursor: Json;
  last_run: Date;
  source: string;
}

/** 'ReadIngestionStateSql' query type */
export interface IReadIngestionStateSqlQuery {
  params: IReadIngestionStateSqlParams;
  result: IReadIngestionStateSqlResult;
}

const readIngestionStateSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Every source's incremental state: when it last ran and where it stopped.\nSELECT source, last_run, cursor FROM ops.ingestion_state"};

/**
 * Query generated from SQL:
 * ```
 * -- Every source's incremental state: when it last ran and where it stopped.
 * SELECT source, last_run, cursor FROM ops.ingestion_state
 * ```
 */
export const readIngestionStateSql = new PreparedQuery<IReadIngestionStateSqlParams,IReadIngestionStateSqlResult>(readIngestionStateSqlIR);


