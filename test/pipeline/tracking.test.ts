import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { ingestDay, replayedWarehouse } from '../support/pipeline-fixture.ts';
import { sharedDataset } from '../support/replay-client.ts';

const TOKEN = 'tracking-test-token';
// A repository none of the test config's lists bring in (a Java one, not of a tracked org), ranked on the days used.
const wanted = sharedDataset().repos.find(
  (r) =>
    r.language === 'Java' &&
    !['microsoft', 'google'].includes(r.owner) &&
    sharedDataset().pointAt(r.githubId, '2026-08-01')?.date === '2026-08-01' &&
    sharedDataset().pointAt(r.githubId, '2026-08-02')?.date === '2026-08-02',
) as { fullName: string; githubId: number };

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let app: FastifyInstance;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep, ['2026-07-31']));
  app = keep(await createServer(db, { apiToken: TOKEN }));
});

const track = (repository: string, token: string | null = TOKEN) =>
  app.inject({
    method: 'POST',
    url: '/api/tracked',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { repository },
  });
const snapshotsOf = async (fullName: string) =>
  (
    await db.pool.query(
      `SELECT f.snapshot_date, f.stars FROM warehouse.fact_repo_snapshots f
       JOIN warehouse.dim_repositories d ON d.github_id = f.github_id AND d.is_current
       WHERE d.repo_full_name = $1 ORDER BY 1`,
      [fullName],
    )
  ).rows;

describe('tracking a repository on request', () => {
  it('takes requests with API_TOKEN only, validates the name, and stores each once', async () => {
    expect(wanted).toBeTruthy();
    expect(await snapshotsOf(wanted.fullName)).toEqual([]);
    expect((await track(wanted.fullName, null)).statusCode).toBe(401);
    expect((await track(wanted.fullName, 'wrong')).statusCode).toBe(401);
    const bad = await track('not a name');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('expected owner/name');
    expect((await track(wanted.fullName)).json()).toEqual({ repository: wanted.fullName, status: 'pending' });
    expect((await track(wanted.fullName.toUpperCase())).statusCode).toBe(202);
    expect((await track('rust-lang/rust')).json()).toEqual({
      repository: 'rust-lang/rust',
      status: 'tracked',
    });
    expect((await track('no-owner/no-such-repository')).statusCode).toBe(202);
    const list = (await app.inject({ method: 'GET', url: '/api/tracked' })).json().items as {
      repository: string;
    }[];
    expect(list.map((r) => r.repository).sort()).toEqual(
      [wanted.fullName, 'no-owner/no-such-repository', 'rust-lang/rust'].sort(),
    );
  });

  it('the next run reads it from GitHub and snapshots it with its real stars; a name GitHub does not know is not_found', async () => {
    await ingestDay(db, replay, '2026-08-01');
    expect(await snapshotsOf(wanted.fullName)).toEqual([
      { snapshot_date: '2026-08-01', stars: sharedDataset().pointAt(wanted.githubId, '2026-08-01')?.stars },
    ]);
    const statuses = await db.pool.query(
      'SELECT full_name, status FROM ops.tracking_requests ORDER BY full_name',
    );
    expect(Object.fromEntries(statuses.rows.map((r) => [r.full_name, r.status]))).toEqual({
      [wanted.fullName]: 'tracked',
      'no-owner/no-such-repository': 'not_found',
      'rust-lang/rust': 'tracked',
    });
  });

  it('and keeps snapshotting it every day after, like every tracked repository', async () => {
    await ingestDay(db, replay, '2026-08-02');
    expect((await snapshotsOf(wanted.fullName)).map((s) => s.snapshot_date)).toEqual([
      '2026-08-01',
      '2026-08-02',
    ]);
    expect((await snapshotsOf(wanted.fullName)).at(-1)?.stars).toBe(
      sharedDataset().pointAt(wanted.githubId, '2026-08-02')?.stars,
    );
  });
});
