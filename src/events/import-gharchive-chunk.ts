import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import { queryStatement } from '../clickhouse/clickhouse-statement.ts';
import { sqlFile } from '../sql/sql-file.ts';
import { checkGharchiveChunkStatement } from './events-statements.ts';

const INSERT_CHUNK = sqlFile(import.meta.url, 'insert-gharchive-chunk.sql');
const INSERT_OBJECTS = sqlFile(import.meta.url, 'insert-gharchive-chunk-objects.sql');
const NOT_AN_OBJECT = new Set(['not JSON', 'not a JSON object']);

export interface GharchiveChunk {
  /** A file of the hour's lines, as GH Archive wrote them, that the engine can read. */
  path: string;
  /** The hour's number of the file's first line (from 1). */
  firstLine: number;
}

export interface ChunkOutcome {
  events: number;
  /** Events of repositories the warehouse does not track, with onlyTracked. */
  skipped: number;
  rejects: { lineNumber: number; reason: string; line: string }[];
}

/**
 * Imports a chunk of a GH Archive hour: the engine reads the file, tells the
 * events from the lines that are not (check-gharchive-chunk.sql), then maps
 * and stores the events (insert-gharchive-chunk-objects.sql when every line
 * is an object with an id, else insert-gharchive-chunk.sql line by line);
 * no line is parsed here.
 * Safe to repeat: the store keeps one row per event id.
 */
export async function importGharchiveChunk(
  clickhouse: ClickHouse,
  chunk: GharchiveChunk,
  tracked?: ReadonlySet<number>,
): Promise<ChunkOutcome> {
  const params = {
    path: chunk.path,
    first_line: chunk.firstLine,
    only_tracked: tracked !== undefined,
    tracked: tracked ? [...tracked] : [],
  };
  const [check] = await queryStatement(clickhouse, checkGharchiveChunkStatement, params);
  if (!check) throw new Error(`the check of ${chunk.path} returned no row`);
  const skipped = Number(check.skipped);
  const events = Number(check.lines) - skipped - check.reject_line_numbers.length;
  // Read as JSONEachRow rows only when each line is one object: otherwise a broken line could
  // run into the next, and a line without an id needs its own text for the id.
  const objects =
    Number(check.without_id) === 0 && !check.reject_reasons.some((reason) => NOT_AN_OBJECT.has(reason));
  if (events > 0 && objects) await clickhouse.command(INSERT_OBJECTS, params);
  else if (events > 0)
    await clickhouse.command(INSERT_CHUNK, { ...params, rejected: check.reject_line_numbers });
  return {
    events,
    skipped,
    rejects: check.reject_line_numbers.map((lineNumber, i) => ({
      lineNumber,
      reason: check.reject_reasons[i] ?? '',
      line: check.reject_lines[i] ?? '',
    })),
  };
}
