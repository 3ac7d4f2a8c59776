import { sqlFile } from '../sql/sql-file.ts';
import type { ClickHouse } from './clickhouse-connection.ts';

/*
 * ClickHouse statements with their result columns declared once, beside the
 * .sql file, as ClickHouse names the types; the row type follows from them
 * (as JSONEachRow gives values: 64-bit integers quoted, dates as text), and
 * test/events/clickhouse-statements.test.ts checks each declaration against
 * the engine's own DESCRIBE of the statement. pgtyped's counterpart for
 * ClickHouse does not exist, and the types are few.
 */

type Unwrapped<T extends string> = T extends `LowCardinality(${infer Inner})` ? Unwrapped<Inner> : T;
/** The JSON value ClickHouse's JSONEachRow gives for a column of type T. */
export type ClickHouseValue<T extends string> = T extends `Nullable(${infer Inner})`
  ? ClickHouseValue<Inner> | null
  : T extends `Array(${infer Inner})`
    ? ClickHouseValue<Inner>[]
    : Unwrapped<T> extends 'UInt8' | 'UInt16' | 'UInt32' | 'Int8' | 'Int16' | 'Int32' | 'Float32' | 'Float64'
      ? number
      : Unwrapped<T> extends 'Bool'
        ? boolean
        : string;

export interface ClickHouseStatement<Columns extends Record<string, string>> {
  /** The .sql file's name, for messages and the test. */
  readonly file: string;
  readonly sql: string;
  /** Result columns in order, with their ClickHouse types as DESCRIBE names them. */
  readonly columns: Columns;
  /** Parameter values for DESCRIBE in the test: {name:Type} placeholders must be bound. */
  readonly sampleParams?: Record<string, unknown>;
}

export type RowOf<S> =
  S extends ClickHouseStatement<infer Columns>
    ? { [K in keyof Columns]: ClickHouseValue<Columns[K]> }
    : never;

export function clickhouseStatement<const Columns extends Record<string, string>>(
  moduleUrl: string,
  file: string,
  columns: Columns,
  sampleParams?: Record<string, unknown>,
): ClickHouseStatement<Columns> {
  return { file, sql: sqlFile(moduleUrl, file), columns, sampleParams };
}

/** The rows of a declared statement, typed by its columns. */
export function queryStatement<Columns extends Record<string, string>>(
  clickhouse: ClickHouse,
  statement: ClickHouseStatement<Columns>,
  params?: Record<string, unknown>,
): Promise<RowOf<ClickHouseStatement<Columns>>[]> {
  return clickhouse.query(statement.sql, params);
}
