/** Types generated for queries found in "src/status/estimate-table-rows.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'EstimateTableRowsSql' parameters type */
export interface IEstimateTableRowsSqlParams {
  schemas: stringArray;
}

/** 'EstimateTableRowsSql' return type */
export interface IEstimateTableRowsSqlResult {
  n: number;
  name: string;
}

/** 'EstimateTableRowsSql' query type */
export interface IEstimateTableRowsSqlQuery {
  params: IEstimateTableRowsSqlParams;
  result: IEstimateTableRowsSqlResult;
}

const estimateTableRowsSqlIR: any = {"usedParamSet":{"schemas":true},"params":[{"name":"schemas","required":true,"transform":{"type":"scalar"},"locs":[{"a":521,"b":529}]}],"statement":"-- Estimated rows per table of :schemas from planner statistics: cheap enough for every scrape.\n-- A partition's rows count for its partitioned table (migration 0019).\nSELECT n.nspname || '.' || COALESCE(parent.relname, c.relname) AS \"name!\",\n       sum(GREATEST(c.reltuples, 0))::bigint AS \"n!\"\nFROM pg_class c\nJOIN pg_namespace n ON n.oid = c.relnamespace\nLEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid\nLEFT JOIN pg_class parent ON parent.oid = i.inhparent\nWHERE c.relkind = 'r' AND n.nspname = ANY(:schemas!::text[])\nGROUP BY 1"};

/**
 * Query generated from SQL:
 * ```
 * -- Estimated rows per table of :schemas from planner statistics: cheap enough for every scrape.
 * -- A partition's rows count for its partitioned table (migration 0019).
 * SELECT n.nspname || '.' || COALESCE(parent.relname, c.relname) AS "name!",
 *        sum(GREATEST(c.reltuples, 0))::bigint AS "n!"
 * FROM pg_class c
 * JOIN pg_namespace n ON n.oid = c.relnamespace
 * LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
 * LEFT JOIN pg_class parent ON parent.oid = i.inhparent
 * WHERE c.relkind = 'r' AND n.nspname = ANY(:schemas!::text[])
 * GROUP BY 1
 * ```
 */
export const estimateTableRowsSql = new PreparedQuery<IEstimateTableRowsSqlParams,IEstimateTableRowsSqlResult>(estimateTableRowsSqlIR);


