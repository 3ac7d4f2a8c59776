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
import type { CollectedDetail, CollectedRepo } from '../sources/github/collect/collected-records.ts';
import type { StarHistoryPage } from '../sources/github/collect/fetch-star-history.ts';
import { dropSupersededDetailsSql } from './drop-superseded-details.queries.ts';
import { dropSupersededReposSql } from './drop-superseded-repos.queries.ts';
import { dropSupersededStarHistorySql } from './drop-superseded-star-history.queries.ts';
import { hasLandedDaySql } from './has-landed-day.queries.ts';

const LEFTOVER_MS = 86_400_000;

/** The spool's place in a gitpulse home. */
export const spoolDirectory = (home: string) => join(home, 'spool');
const REPO_COLUMNS =
  'repo_full_name, api_response, source_language, source, api_format, run_id, snapshot_date';
const DETAIL_COLUMNS = 'repo_full_name, detail, api_response, run_id, snapshot_date';
const STAR_HISTORY_COLUMNS =
  'repo_full_name, github_id, page, has_next, etag, fetch_timestamp, api_response, run_id, snapshot_date';

/** A value in COPY's text format: \N for NULL; backslash, newline, CR and tab escaped. */
function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

/**
 * A run's repository, detail and star history answers on their way to raw,
 * as COPY text lines in a file per raw table under the spool directory. Collect appends to them as
 * answers arrive, so its memory does not grow with the tracked set; the write
 * phase streams each file into its raw table with one COPY (seed 001 keeps
 * the database untouched until then).
 */
export class RawSpool {
  readonly dir: string;
  /** The run whose answers these are: every line carries its id and date. */
  readonly run: { runId: string; date: string };
  readonly counts = { repos: 0, details: 0, starHistoryPages: 0 };
  private readonly repos: number;
  private readonly details: number;
  private readonly starHistory: number;
  private readonly tail: string;
  private closed = false;

  private constructor(dir: string, run: { runId: string; date: string }) {
    this.dir = dir;
    this.run = run;
    mkdirSync(dir, { recursive: true });
    this.repos = openSync(join(dir, 'github_repos.copy'), 'w');
    this.details = openSync(join(dir, 'github_repo_details.copy'), 'w');
    this.starHistory = openSync(join(dir, 'github_star_history.copy'), 'w');
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

  addRepos(records: Iterable<CollectedRepo>): void {
    let text = '';
    for (const r of records) {
      text += `${copyText(r.fullName)}\t${copyText(JSON.stringify(r.apiResponse))}\t${copyText(r.sourceLanguage)}\t${r.source}\t${r.format}${this.tail}`;
      this.counts.repos += 1;
    }
    if (text) writeSync(this.repos, text);
  }

  addDetails(records: Iterable<CollectedDetail>): void {
    let text = '';
    for (const d of records) {
      text += `${copyText(d.fullName)}\t${d.detail}\t${copyText(JSON.stringify(d.apiResponse))}${this.tail}`;
      this.counts.details += 1;
    }
    if (text) writeSync(this.details, text);
  }

  addStarHistory(pages: Iterable<StarHistoryPage>): void {
    let text = '';
    for (const p of pages) {
      text += `${copyText(p.fullName)}\t${p.githubId}\t${p.page}\t${p.hasNext}\t${copyText(p.etag)}\t${p.fetchedAt}\t${copyText(JSON.stringify(p.apiResponse))}${this.tail}`;
      this.counts.starHistoryPages += 1;
    }
    if (text) writeSync(this.starHistory, text);
  }

  /**
   * Streams each file into raw, one COPY each, straight into the final
   * tables. A re-run of a day then drops that day's earlier receipts of the
   * same repositories (from the same source), so re-runs do not grow raw.
   */
  async land(client: WarehouseClient): Promise<typeof this.counts> {
    const { run } = this;
    this.finish();
    const rerun = (await hasLandedDaySql.run({ snapshotDate: run.date }, client))[0]?.landed;
    if (this.counts.repos > 0) await this.copy(client, 'raw.github_repos', REPO_COLUMNS, 'github_repos.copy');
    if (this.counts.details > 0)
      await this.copy(client, 'raw.github_repo_details', DETAIL_COLUMNS, 'github_repo_details.copy');
    if (this.counts.starHistoryPages > 0)
      await this.copy(client, 'raw.github_star_history', STAR_HISTORY_COLUMNS, 'github_star_history.copy');
    if (rerun) {
      const superseded = { runId: run.runId, snapshotDate: run.date };
      await dropSupersededReposSql.run(superseded, client);
      await dropSupersededDetailsSql.run(superseded, client);
      await dropSupersededStarHistorySql.run(superseded, client);
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
    closeSync(this.repos);
    closeSync(this.details);
    closeSync(this.starHistory);
  }

  private async copy(client: WarehouseClient, table: string, columns: string, file: string): Promise<void> {
    await pipeline(
      createReadStream(join(this.dir, file), { highWaterMark: 1 << 20 }),
      client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)),
    );
  }
}
