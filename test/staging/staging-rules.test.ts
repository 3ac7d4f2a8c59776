import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { parseRenderBlueprint } from '../../src/staging/parse-render-blueprint.ts';
import { stageCollection } from '../../src/staging/stage-collection.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
});
afterAll(async () => db?.close());

const good = {
  id: 1,
  node_id: 'R_1',
  full_name: 'acme/good',
  name: 'good',
  owner: { login: 'acme' },
  html_url: 'https://github.com/acme/good',
  description: 'fine',
  language: 'Go',
  stargazers_count: 10,
  forks_count: 1,
  open_issues_count: 0,
  created_at: '2024-01-01T00:00:00Z',
  updated_at: '2026-08-01T00:00:00Z',
  pushed_at: '2026-07-30T10:00:00Z',
};

describe('staging rules', () => {
  it('keeps valid rows and rejects each broken one with its rule and reason', async () => {
    const raw = [
      good,
      { ...good, id: 2, full_name: 'acme/no-language', language: null },
      { ...good, id: 3, full_name: 'acme/bad-time', created_at: 'yesterday' },
      { ...good, id: 4, full_name: 'acme/negative', stargazers_count: -5 },
      { ...good, id: 5, full_name: 'acme/text-stars', stargazers_count: '12' },
      { ...good, id: 'six', full_name: 'acme/no-id' },
    ];
    await db.pool.query(
      `INSERT INTO raw.github_repos (repo_full_name, api_response, source, api_format, run_id, snapshot_date)
       SELECT j->>'full_name', j, 'trending', 'rest', 'run-rules', '2026-08-01' FROM unnest($1::jsonb[]) j`,
      [raw.map((r) => JSON.stringify(r))],
    );
    const counts = await db.transaction((client) =>
      stageCollection(client, { runId: 'run-rules', date: '2026-08-01' }, []),
    );
    expect(counts).toMatchObject({ validated: 1, rejected: 5 });
    const rejects = await db.pool.query(
      'SELECT repo_full_name, rule, reason FROM staging.rejects ORDER BY repo_full_name',
    );
    expect(rejects.rows).toEqual([
      {
        repo_full_name: 'acme/bad-time',
        rule: 'valid_timestamps',
        reason:
          'created_at yesterday / updated_at 2026-08-01T00:00:00Z / pushed_at 2026-07-30T10:00:00Z is not an ISO-8601 time',
      },
      {
        repo_full_name: 'acme/negative',
        rule: 'stars_non_negative',
        reason: 'stars -5, forks 1, open issues 0 must be numbers >= 0',
      },
      { repo_full_name: 'acme/no-id', rule: 'has_identity', reason: 'missing numeric id or owner/name' },
      {
        repo_full_name: 'acme/no-language',
        rule: 'non_null_language',
        reason: 'repository has no primary language',
      },
      {
        repo_full_name: 'acme/text-stars',
        rule: 'stars_non_negative',
        reason: 'stars "12", forks 1, open issues 0 must be numbers >= 0',
      },
    ]);
    const staged = await db.pool.query('SELECT repo_full_name, stars, language FROM staging.repos_validated');
    expect(staged.rows).toEqual([{ repo_full_name: 'acme/good', stars: 10, language: 'Go' }]);
  });

  it('reads Render blueprints into service types', () => {
    expect(
      parseRenderBlueprint(`
services:
  - type: web
    name: api
  - type: web
    runtime: static
    name: site
  - type: pserv
    name: internal
  - type: worker
    name: jobs
  - type: cron
    name: nightly
  - type: keyvalue
    name: cache
databases:
  - name: main
`),
    ).toEqual({ web: 1, 'static-site': 1, 'private-service': 1, worker: 1, cron: 1, redis: 1, postgres: 1 });
    expect(parseRenderBlueprint('services: [unclosed')).toEqual({});
    expect(parseRenderBlueprint('just text')).toEqual({});
  });
});
