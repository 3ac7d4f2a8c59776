import {
  closeSync,
  createReadStream,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { WarehouseClient } from '../db/database.ts';
import { hasLandedDaySql } from './has-landed-day.queries.ts';
import { SPOOLED_TABLES, type SpooledRow, type SpooledTableName } from './raw-tables.ts';

const LEFTOVER_MS = 86_400_000;
const TABLES = Object.keys(SPOOLED_TABLES) as SpooledTableName[];

/** The spool's place in a gitpulse home. */
export const spoolDirectory = (home: string) => join(home, 'spool');

/** A value in COPY's text format: \N for NULL; backslash, newline, CR and tab escaped. */
function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

/**
 * A run's answers on their way to raw, as COPY text lines in a file per raw
 * table (raw-tables.ts) under the spool directory. Collect appends to them as
 * answers arrive, so its memory does not grow with the tracked set; the write
 * phase streams each file into its raw table with one COPY (seed 001 keeps
 * the database untouched until then).
 */
export class RawSpool {
  readonly dir: string;
  /** The run whose answers these are: every line carries its id and date. */
  readonly run: { runId: string; date: string };
  /** Lines written per table. */
  readonly counts = Object.fromEntries(TABLES.map((table) => [table, 0])) as Record<SpooledTableName, number>;
  private readonly files: Record<SpooledTableName, number>;
  private readonly tail: string;
  private closed = false;

  private constructor(dir: string, run: { runId: string; date: string }) {
    this.dir = dir;
    this.run = run;
    mkdirSync(dir, { recursive: true });
    this.files = Object.fromEntries(
      TABLES.map((table) => [table, openSync(join(dir, `${table}.copy`), 'w')]),
    ) as Record<SpooledTableName, number>;
    this.tail = `\t${copyText(run.runId)}\t${run.date}\n`;
  }

  /**
   * A spool for one run in its own directory under `root`. A run that was
   * killed leaves its directory behind: those older than a day are removed.
   */
  static open(root: string, run: { runId: string; date: string }): RawSpool {
    mkdirSync(root, { recursive: true });
    for (const name of readdirSync(root)) {
      const path = join(root, name);
      if (Date.now() - statSync(path).mtimeMs > LEFTOVER_MS) rmSync(path, { recursive: true, force: true });
    }
    return new RawSpool(join(root, run.runId), run);
  }

  /** Appends records to a table's file. */
  add<Name extends SpooledTableName>(table: Name, rows: Iterable<SpooledRow<Name>>): void {
    const { values } = SPOOLED_TABLES[table] as unknown as {
      values(row: SpooledRow<Name>): (string | number | boolean | null)[];
    };
    let text = '';
    for (const row of rows) {
      text += values(row).map(copyText).join('\t') + this.tail;
      this.counts[table] += 1;
    }
    if (text) writeSync(this.files[table], text);
  }

  /**
   * Streams each file into raw, one COPY each, straight into the final
   * tables. A re-run of a day then drops that day's earlier receipts of the
   * same things, so re-runs do not grow raw.
   */
  async land(client: WarehouseClient): Promise<Record<SpooledTableName, number>> {
    const { run } = this;
    this.finish();
    const rerun = (await hasLandedDaySql.run({ snapshotDate: run.date }, client))[0]?.landed;
    for (const table of TABLES) {
      if (this.counts[table] === 0) continue;
      const columns = [...SPOOLED_TABLES[table].columns, 'run_id', 'snapshot_date'].join(', ');
      await pipeline(
        createReadStream(join(this.dir, `${table}.copy`), { highWaterMark: 1 << 20 }),
        client.query(copyFrom(`COPY raw.${table} (${columns}) FROM STDIN`)),
      );
    }
    if (rerun) {
      for (const table of TABLES)
        await SPOOLED_TABLES[table].dropSuperseded({ runId: run.runId, snapshotDate: run.date }, client);
    }
    return this.counts;
  }

  /** Deletes the files (after the write phase, committed or not). */
  remove(): void {
    this.finish();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    for (const table of TABLES) closeSync(this.files[table]);
  }
}
