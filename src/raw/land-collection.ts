import type pg from 'pg';
import { copyRows } from '../db/copy-rows.ts';
import { sqlFile } from '../db/sql-file.ts';
import type { CachedResponse, HttpCache } from '../sources/github/client/http-cache.ts';
import type { Collection } from '../sources/github/collect/collected-records.ts';

const sql = (name: string) => sqlFile(import.meta.url, name);
const CREATE_INCOMING = sql('create-incoming-tables.sql');
const LAND_REPOS = sql('land-github-repos.sql');
const LAND_DETAILS = sql('land-repo-details.sql');
const LAND_PULLS = sql('land-pulls.sql');
const SAVE_HTTP_CACHE = sql('save-http-cache.sql');
const READ_HTTP_CACHE = sql('read-http-cache.sql');

const json = (value: unknown) => JSON.stringify(value);

export interface LandedCounts {
  repos: number;
  details: number;
  pulls: number;
  httpCache: number;
}

/** Writes a run's collection into raw, as received: COPY for the bulky answers, unnest for the rest. */
export async function landCollection(
  client: pg.PoolClient,
  collection: Collection,
  run: { runId: string; date: string },
  httpCache?: HttpCache,
): Promise<LandedCounts> {
  const { repos, details, pulls } = collection;
  await client.query(CREATE_INCOMING);
  if (repos.length > 0) {
    await copyRows(
      client,
      'incoming_repos',
      ['repo_full_name', 'api_response', 'source_language', 'source', 'api_format'],
      repos.map((r) => [r.fullName, json(r.apiResponse), r.sourceLanguage, r.source, r.format]),
    );
    await client.query(LAND_REPOS, [run.runId, run.date]);
  }
  if (details.length > 0) {
    await copyRows(
      client,
      'incoming_details',
      ['repo_full_name', 'detail', 'api_response'],
      details.map((d) => [d.fullName, d.detail, json(d.apiResponse)]),
    );
    await client.query(LAND_DETAILS, [run.runId, run.date]);
  }
  if (pulls.length > 0) {
    await client.query(LAND_PULLS, [
      pulls.map((p) => p.fullName),
      pulls.map((p) => p.number),
      pulls.map((p) => json(p.apiResponse)),
      run.runId,
      run.date,
    ]);
  }
  const cached = httpCache?.changes() ?? [];
  if (cached.length > 0) {
    await client.query(SAVE_HTTP_CACHE, [
      cached.map(([key]) => key),
      cached.map(([, v]) => v.etag),
      cached.map(([, v]) => v.lastModified),
      cached.map(([, v]) => v.status),
      cached.map(([, v]) => json(v.body)),
    ]);
  }
  return { repos: repos.length, details: details.length, pulls: pulls.length, httpCache: cached.length };
}

export async function readHttpCacheEntries(client: pg.ClientBase) {
  const { rows } = await client.query<{
    cache_key: string;
    etag: string | null;
    last_modified: string | null;
    status: number;
    body: unknown;
  }>(READ_HTTP_CACHE);
  return rows.map((row): [string, CachedResponse] => [
    row.cache_key,
    { etag: row.etag, lastModified: row.last_modified, status: row.status, body: row.body },
  ]);
}
