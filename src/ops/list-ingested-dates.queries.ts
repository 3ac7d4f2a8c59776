/** Types generated for queries found in "src/ops/list-ingested-dates.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListIngestedDatesSql' parameters type */
export type IListIngestedDatesSqlParams = void;

/** 'ListIngestedDatesSql' return type */
export interface IListIngestedDatesSqlResult {
  run_date: string;
}

/** 'ListIngestedDatesSql' query type */
export interface IListIngestedDatesSqlQuery {
  params: IListIngestedDatesSqlParams;
  result: IListIngestedDatesSqlResult;
}

const listIngestedDatesSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- Days that already have a committed ingest (a backfill skips them).\n-- An ingest run always records its date (src/pipeline/recorded-run.ts).\nSELECT DISTINCT run_date::text AS \"run_date!\"\nFROM warehouse.fact_workflow_runs\nWHERE status = 'succeeded' AND run_type = 'ingest'"};

/**
 * Query generated from SQL:
 * ```
 * -- Days that already have a committed ingest (a backfill skips them).
 * -- An ingest run always records its date (src/pipeline/recorded-run.ts).
 * SELECT DISTINCT run_date::text AS "run_date!"
 * FROM warehouse.fact_workflow_runs
 * WHERE status = 'succeeded' AND run_type = 'ingest'
 * ```
 */
export const listIngestedDatesSql = new PreparedQuery<IListIngestedDatesSqlParams,IListIngestedDatesSqlResult>(listIngestedDatesSqlIR);


