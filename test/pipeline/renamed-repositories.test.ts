import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { runReprocess } from '../../src/pipeline/run-reprocess.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { ingestDay, replayedWarehouse, testConfig } from '../support/pipeline-fixture.ts';
import { sharedDataset, silentLogger } from '../support/replay-client.ts';

// rust-lang/rust is in the test config's Rust list and its pulls source: transferred
// to another owner under another name on 2026-08-02, with the same ids.
const OLD = 'rust-lang/rust';
const NEW = 'rust-org/rustc';
const githubId = sharedDataset().repoByFullName(OLD)?.githubId as number;
// A repository none of the test config's lists bring in, renamed on the same day: asked for by its old name.
const untracked = sharedDataset().repos.find(
  (r) =>
    r.language === 'Java' &&
    !['microsoft', 'google'].includes(r.owner) &&
    ['2026-08-01', '2026-08-02', '2026-08-03'].every(
      (d) => sharedDataset().pointAt(r.githubId, d)?.date === d,
    ),
) as { fullName: string; githubId: number };
const UNTRACKED_NEW = 'new-home/renamed-java';
const TOKEN = 'renamed-test-token';

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let app: FastifyInstance;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep, [], {
    renames: {
      [OLD]: { to: NEW, on: '2026-08-02' },
      [untracked.fullName]: { to: UNTRACKED_NEW, on: '2026-08-02' },
    },
  }));
  app = keep(await createServer(db, { apiToken: TOKEN }));
});

const versions = async () =>
  (
    await db.pool.query(
      `SELECT repo_full_name, owner, is_current, valid_to FROM warehouse.dim_repositories
       WHERE github_id = $1 ORDER BY valid_from`,
      [githubId],
    )
  ).rows;

describe('a tracked repository renamed and transferred on GitHub', () => {
  it('is tracked under its old name the day before', async () => {
    await ingestDay(db, replay, '2026-08-01');
    expect(await versions()).toEqual([
      { repo_full_name: OLD, owner: 'rust-lang', is_current: true, valid_to: null },
    ]);
  });

  it('keeps one history under its github_id: the old name version is ended, the new one current', async () => {
    const run = await ingestDay(db, replay, '2026-08-02');
    expect(run.status).toBe('succeeded');
    expect(run.reposGone).toBe(0);
    expect(run.quality.filter((check) => !check.passed)).toEqual([]);
    expect(await versions()).toEqual([
      {
        repo_full_name: OLD,
        owner: 'rust-lang',
        is_current: false,
        valid_to: new Date('2026-08-02T12:00:00Z'),
      },
      { repo_full_name: NEW, owner: 'rust-org', is_current: true, valid_to: null },
    ]);
    const snapshots = await db.pool.query(
      `SELECT snapshot_date::text AS day FROM warehouse.fact_repo_snapshots WHERE github_id = $1 ORDER BY 1`,
      [githubId],
    );
    expect(snapshots.rows.map((r) => r.day)).toEqual(['2026-08-01', '2026-08-02']);
    // the pulls source asked for the old name; GitHub's answer names the repository anew, one row still
    const prRepos = await db.pool.query('SELECT full_name FROM warehouse.repositories WHERE github_id = $1', [
      githubId,
    ]);
    expect(prRepos.rows).toEqual([{ full_name: NEW }]);
  });

  it('records the old name as an alias of the repository', async () => {
    const aliases = await db.pool.query(
      `SELECT github_id::int, alias, repo_full_name, renamed_at FROM analytics.repo_name_aliases`,
    );
    expect(aliases.rows).toEqual([
      { github_id: githubId, alias: OLD, repo_full_name: NEW, renamed_at: new Date('2026-08-02T12:00:00Z') },
    ]);
  });

  it('answers the API under the old name with a permanent redirect to the new name', async () => {
    const repo = await app.inject({ method: 'GET', url: `/api/repos/${OLD}` });
    expect(repo.statusCode).toBe(308);
    expect(repo.headers.location).toBe(`/api/repos/${NEW}`);
    const stars = await app.inject({ method: 'GET', url: `/api/repos/${OLD}/stars?from=2026-08-01` });
    expect(stars.statusCode).toBe(308);
    expect(stars.headers.location).toBe(`/api/repos/${NEW}/stars?from=2026-08-01`);
    const current = await app.inject({ method: 'GET', url: `/api/repos/${NEW}` });
    expect(current.statusCode).toBe(200);
    expect(current.json()).toMatchObject({ repo_full_name: NEW, aliases: [OLD] });
    // a name nobody had is still not tracked
    expect((await app.inject({ method: 'GET', url: '/api/repos/rust-lang/nothing' })).statusCode).toBe(404);
  });

  it('is found by search under its old name, which the result shows as its alias', async () => {
    const search = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(OLD)}` });
    expect(search.statusCode).toBe(200);
    const items = search.json().items as { repo_full_name: string; aliases: string[] }[];
    expect(items[0]).toMatchObject({ repo_full_name: NEW, aliases: [OLD] });
  });

  it('settles a tracking request under an old name: at once for a tracked repository, by the next run for another', async () => {
    const track = (repository: string) =>
      app.inject({
        method: 'POST',
        url: '/api/tracked',
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: { repository },
      });
    expect((await track(OLD)).json()).toEqual({ repository: NEW, status: 'tracked' });
    expect((await track(untracked.fullName)).json()).toEqual({
      repository: untracked.fullName,
      status: 'pending',
    });
    // GitHub answers the old name 301; the run follows it and tracks the repository under its new name
    await ingestDay(db, replay, '2026-08-03');
    const requests = await db.pool.query(
      'SELECT full_name, status FROM ops.tracking_requests ORDER BY full_name',
    );
    expect(Object.fromEntries(requests.rows.map((r) => [r.full_name, r.status]))).toEqual({
      [NEW]: 'tracked',
      [untracked.fullName]: 'tracked',
    });
    const dim = await db.pool.query(
      'SELECT repo_full_name FROM warehouse.dim_repositories WHERE github_id = $1 AND is_current',
      [untracked.githubId],
    );
    expect(dim.rows).toEqual([{ repo_full_name: UNTRACKED_NEW }]);
  });

  it('keeps the same two versions when reprocess rebuilds the days from raw', async () => {
    await runReprocess({ db, config: testConfig, logger: silentLogger });
    expect((await versions()).map((v) => [v.repo_full_name, v.is_current])).toEqual([
      [OLD, false],
      [NEW, true],
    ]);
  });
});
