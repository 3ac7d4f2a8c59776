import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, WarehouseClient } from '../../src/db/database.ts';
import { RawSpool } from '../../src/raw/raw-spool.ts';
import type { CollectedRepo } from '../../src/sources/github/collect/collected-records.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

const repo = (
  fullName: string,
  apiResponse: unknown,
  sourceLanguage: string | null = 'Rust',
): CollectedRepo => ({
  fullName,
  githubId: 1,
  nodeId: 'R_1',
  source: 'trending',
  sourceLanguage,
  format: 'rest',
  apiResponse,
});

describe('the raw spool', () => {
  it('lands answers byte for byte through COPY, whatever characters they hold', async () => {
    const root = mkdtempSync(join(tmpdir(), 'spool-test-'));
    const awkward = {
      description: 'tab\there, newline\nthere, CR\r, backslash \\ and \\n literally, quote " and emoji 🚀',
      topics: ['a\tb', 'c\\d'],
      nested: { empty: '', nul: null, number: 1.5e-7 },
    };
    const spool = RawSpool.open(root, { runId: 'run-1', date: '2026-08-01' });
    spool.add('github_repos', [repo('owner/with\ttab', awkward), repo('owner/plain', { id: 2 }, null)]);
    spool.add('github_repo_details', [
      { fullName: 'owner/plain', detail: 'languages', apiResponse: { Rust: 10, 'C\\C++': 3 } },
    ]);
    const client = (await db.pool.connect()) as WarehouseClient; // a warehouse connection held by hand
    try {
      await client.query('BEGIN');
      expect(await spool.land(client)).toEqual({
        github_repos: 2,
        github_repo_details: 1,
        github_star_history: 0,
        github_delivery: 0,
      });
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const { rows } = await db.pool.query(
      `SELECT repo_full_name, api_response, source_language, run_id, snapshot_date::text
       FROM raw.github_repos ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        repo_full_name: 'owner/with\ttab',
        api_response: awkward,
        source_language: 'Rust',
        run_id: 'run-1',
        snapshot_date: '2026-08-01',
      },
      {
        repo_full_name: 'owner/plain',
        api_response: { id: 2 },
        source_language: null,
        run_id: 'run-1',
        snapshot_date: '2026-08-01',
      },
    ]);
    const details = await db.pool.query('SELECT api_response FROM raw.github_repo_details');
    expect(details.rows[0].api_response).toEqual({ Rust: 10, 'C\\C++': 3 });
    spool.remove();
    expect(readdirSync(root)).toEqual([]);
  });

  it('a re-run of the day replaces that day’s earlier receipts of the same repositories', async () => {
    const root = mkdtempSync(join(tmpdir(), 'spool-test-'));
    for (const runId of ['run-2', 'run-3']) {
      const spool = RawSpool.open(root, { runId, date: '2026-08-02' });
      spool.add('github_repos', [repo('owner/again', { id: 3, run: runId })]);
      await db.withClient(async (client) => {
        await client.query('BEGIN');
        await spool.land(client);
        await client.query('COMMIT');
      });
      spool.remove();
    }
    const { rows } = await db.pool.query(
      "SELECT run_id FROM raw.github_repos WHERE snapshot_date = '2026-08-02' AND repo_full_name = 'owner/again'",
    );
    expect(rows).toEqual([{ run_id: 'run-3' }]);
  });

  it('removes what killed runs left behind once it is a day old, and nothing younger', () => {
    const root = mkdtempSync(join(tmpdir(), 'spool-test-'));
    mkdirSync(join(root, 'killed-run'));
    mkdirSync(join(root, 'running-elsewhere'));
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(join(root, 'killed-run'), twoDaysAgo, twoDaysAgo);
    const spool = RawSpool.open(root, { runId: 'run-4', date: '2026-08-03' });
    expect(readdirSync(root).sort()).toEqual(['run-4', 'running-elsewhere']);
    spool.remove();
    expect(existsSync(join(root, 'run-4'))).toBe(false);
  });
});
