/** Types generated for queries found in "src/status/count-rows-per-table.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'CountRowsPerTableSql' parameters type */
export interface ICountRowsPerTableSqlParams {
  schemas: stringArray;
}

/** 'CountRowsPerTableSql' return type */
export interface ICountRowsPerTableSqlResult {
  rows: number;
  schema: string;
  table: string;
}

/** 'CountRowsPerTableSql' query type */
export interface ICountRowsPerTableSqlQuery {
  params: ICountRowsPerTableSqlParams;
  result: ICountRowsPerTableSqlResult;
}

const countRowsPerTableSqlIR: any = {"usedParamSet":{"schemas":true},"params":[{"name":"schemas","required":true,"transform":{"type":"scalar"},"locs":[{"a":466,"b":474},{"a":564,"b":572}]}],"statement":"-- Exact row counts of every table in :schemas, in their order, in one\n-- statement (a partitioned table once, with its partitions' rows; migration 0019).\nSELECT\n    n.nspname AS schema,\n    c.relname AS \"table\",\n    (xpath('/row/c/text()',\n           query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, ''))\n    )[1]::text::bigint AS \"rows!\"\nFROM pg_class c\nJOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE n.nspname = ANY(:schemas!::text[])\n  AND c.relkind IN ('r', 'p') AND NOT c.relispartition\nORDER BY array_position(:schemas!::text[], n.nspname::text), c.relname"};

/**
 * Query generated from SQL:
 * ```
 * -- Exact row counts of every table in :schemas, in their order, in one
 * -- statement (a partitioned table once, with its partitions' rows; migration 0019).
 * SELECT
 *     n.nspname AS schema,
 *     c.relname AS "table",
 *     (xpath('/row/c/text()',
 *            query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, ''))
 *     )[1]::text::bigint AS "rows!"
 * FROM pg_class c
 * JOIN pg_namespace n ON n.oid = c.relnamespace
 * WHERE n.nspname = ANY(:schemas!::text[])
 *   AND c.relkind IN ('r', 'p') AND NOT c.relispartition
 * ORDER BY array_position(:schemas!::text[], n.nspname::text), c.relname
 * ```
 */
export const countRowsPerTableSql = new PreparedQuery<ICountRowsPerTableSqlParams,ICountRowsPerTableSqlResult>(countRowsPerTableSqlIR);


