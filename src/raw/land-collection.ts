import type pg from 'pg';
import { copyRows } from '../db/copy-rows.ts';
import { sqlFile } from '../db/sql-file.ts';
import type { Collection } from '../sources/github/collect/collected-records.ts';

const CREATE_INCOMING = sqlFile(import.meta.url, 'create-incoming-tables.sql');
const LAND_REPOS = sqlFile(import.meta.url, 'land-github-repos.sql');
const LAND_DETAILS = sqlFile(import.meta.url, 'land-repo-details.sql');
const LAND_PULLS = sqlFile(import.meta.url, 'land-pulls.sql');

const json = (value: unknown) => JSON.stringify(value);

export interface LandedCounts {
  repos: number;
  details: number;
  pulls: number;
}

/** Writes a run's collection into raw, as received: COPY for the bulky answers, unnest for the rest. */
export async function landCollection(
  client: pg.PoolClient,
  collection: Collection,
  run: { runId: string; date: string },
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
  return { repos: repos.length, details: details.length, pulls: pulls.length };
}
