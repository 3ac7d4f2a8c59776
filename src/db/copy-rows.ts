import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One CSV field; NULL is an unquoted empty field, strings are always quoted. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Streams rows into a table with COPY … FROM STDIN (CSV): PostgreSQL's bulk
 * path, several times faster than a multi-row INSERT for wide JSON rows.
 */
export async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  rows: Iterable<unknown[]>,
): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`));
  const lines = (function* () {
    for (const row of rows) yield `${row.map(csvField).join(',')}\n`;
  })();
  await pipeline(Readable.from(lines), stream);
}
