import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { ClickHouse } from '../../src/clickhouse/clickhouse-connection.ts';
import { connectClickHouseServer } from '../../src/clickhouse/server-connection.ts';
import type { Database } from '../../src/db/database.ts';
import type { IdentityDatabase } from '../../src/identity/identity-database.ts';
import { createApiToken } from '../../src/identity/tokens/api-tokens.ts';
import { findUser, localPrincipal } from '../../src/identity/users/users.ts';
import { runClientEventsExport } from '../../src/pipeline/run-client-events-export.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { deliverWebhook, webhookRepository } from '../support/deliver-webhook.ts';
import { openTestEventsStore } from '../support/events-store.ts';
import { freePort } from '../support/free-port.ts';
import { freshWarehouseWithIdentity } from '../support/fresh-database.ts';

/*
 * POST /api/events (SPEC section 12, issue 23): items checked one by one,
 * stored in PostgreSQL before the answer, copied to ClickHouse client_events
 * by the export (here called by the test as the job would), exactly once
 * across a retried batch and across a store that was down.
 */

const keep = closeAfterAll();
let db: Database;
let identity: IdentityDatabase;
let store: ClickHouse;
let app: FastifyInstance;
let exportsRequested = 0;
let member: string;
let viewer: string;
let readOnlyMember: string;

beforeAll(async () => {
  ({ db, identity } = await freshWarehouseWithIdentity(keep));
  store = keep(await openTestEventsStore());
  app = keep(
    await createServer(db, {
      identity,
      clickhouse: () => store,
      requestClientEventsExport: async () => {
        exportsRequested += 1;
      },
    }),
  );
  await identity.pool.query(
    "INSERT INTO identity.users (github_id, login, role) VALUES (201, 'ada', 'member'), (202, 'vic', 'viewer')",
  );
  const admin = await localPrincipal(identity.pool);
  const tokenOf = async (login: string, scopes: ('read' | 'events:write')[]) =>
    (
      await createApiToken(identity, admin, await findUser(identity.pool, login), {
        name: `${login} ${scopes.join('+')}`,
        scopes,
      })
    ).token;
  member = await tokenOf('ada', ['read', 'events:write']);
  readOnlyMember = await tokenOf('ada', ['read']);
  viewer = await tokenOf('vic', ['read']);
});

const client = { name: 'gitpulse-extension', version: '0.1.0' };
const post = (token: string | undefined, events: unknown[], extra: Record<string, unknown> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/events',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { client, events, ...extra },
  });
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
const stored = async () =>
  store.query<{ id: string; type: string; user_login: string; repository: string; pr_number: number }>(
    'SELECT id, type, user_login, repository, pr_number, client_name, client_version, payload FROM client_events ORDER BY occurred_at, id',
  );
const rawCount = async () =>
  Number((await db.pool.query('SELECT count(*) FROM raw.client_events')).rows[0].count);

const good = [
  { id: randomUUID(), type: 'repository_viewed', occurred_at: at(5), repository: 'acme/rocket' },
  {
    id: randomUUID(),
    type: 'pull_request_viewed',
    occurred_at: at(4),
    repository: 'acme/rocket',
    pr_number: 7,
  },
  { id: randomUUID(), type: 'panel_opened', occurred_at: at(3), repository: 'acme/rocket' },
  { id: randomUUID(), type: 'track_clicked', occurred_at: at(2), repository: 'someone/else' },
];

describe('POST /api/events', () => {
  it('stores the valid items and refuses each bad one with its reason', async () => {
    const bad = [
      { id: randomUUID(), type: 'page_scraped', occurred_at: at(1), repository: 'acme/rocket' },
      { id: randomUUID(), type: 'pull_request_viewed', occurred_at: at(1), repository: 'acme/rocket' },
      {
        id: randomUUID(),
        type: 'repository_viewed',
        occurred_at: at(1),
        repository: 'acme/rocket',
        html: '<div>',
      },
      { id: randomUUID(), type: 'repository_viewed', occurred_at: at(-60), repository: 'acme/rocket' },
      { id: 'short', type: 'repository_viewed', occurred_at: at(1), repository: 'not a repository' },
      'not an object',
    ];
    const answer = await post(member, [
      good[0],
      bad[0],
      good[1],
      bad[1],
      good[2],
      bad[2],
      good[3],
      ...bad.slice(3),
    ]);
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.accepted).toBe(4);
    expect(body.duplicates).toBe(0);
    expect(body.refused.map((r: { index: number }) => r.index)).toEqual([1, 3, 5, 7, 8, 9]);
    const reasons = body.refused.map((r: { reason: string }) => r.reason);
    expect(reasons[0]).toMatch(/^unknown type "page_scraped": expected one of repository_viewed, /);
    expect(reasons[1]).toMatch(/^pr_number: /);
    expect(reasons[2]).toMatch(/html/);
    expect(reasons[3]).toBe('occurred_at: in the future (check the clock)');
    expect(reasons[4]).toMatch(/id: .*; repository: expected owner\/name/);
    expect(body.refused[0].id).toBe((bad[0] as { id: string }).id);
    expect(body.refused[5].id).toBeNull();
    expect(await rawCount()).toBe(4);
    expect(exportsRequested).toBe(1);
  });

  it('a retried batch is stored once: duplicates, and no copy asked for', async () => {
    const answer = await post(member, good);
    expect(answer.json()).toEqual({ accepted: 0, duplicates: 4, refused: [] });
    expect(await rawCount()).toBe(4);
    expect(exportsRequested).toBe(1);
  });

  it('the copy lands each event once in client_events, with who sent it and from what', async () => {
    expect(await runClientEventsExport(db, store)).toBe(4);
    expect(await runClientEventsExport(db, store)).toBe(0);
    const rows = await stored();
    expect(rows.map((r) => [r.type, r.user_login, r.repository, r.pr_number])).toEqual([
      ['repository_viewed', 'ada', 'acme/rocket', 0],
      ['pull_request_viewed', 'ada', 'acme/rocket', 7],
      ['panel_opened', 'ada', 'acme/rocket', 0],
      ['track_clicked', 'ada', 'someone/else', 0],
    ]);
    expect(rows[0]).toMatchObject({
      client_name: 'gitpulse-extension',
      client_version: '0.1.0',
      payload: '{}',
    });
  });

  it('accepted while the store is down, copied once when it is back', async () => {
    const later = [
      { id: randomUUID(), type: 'repository_viewed', occurred_at: at(1), repository: 'acme/rocket' },
      { id: randomUUID(), type: 'repository_viewed', occurred_at: at(1), repository: 'acme/other' },
    ];
    expect((await post(member, later)).json()).toMatchObject({ accepted: 2 });
    // a ClickHouse server that is not there: a real client, and nothing listening
    const down = connectClickHouseServer(`http://127.0.0.1:${await freePort()}`);
    await expect(runClientEventsExport(db, down)).rejects.toThrow();
    await down.close();
    expect(await runClientEventsExport(db, store)).toBe(2);
    expect(await runClientEventsExport(db, store)).toBe(0);
    expect((await stored()).filter((r) => later.some((e) => e.id === r.id))).toHaveLength(2);
    expect(await stored()).toHaveLength(6);
  });

  it('needs a token with events:write', async () => {
    expect((await post(undefined, good)).statusCode).toBe(401);
    expect((await post(viewer, good)).statusCode).toBe(403);
    expect((await post(readOnlyMember, good)).statusCode).toBe(403);
  });

  it('bounds a batch: 1 to 100 events, 256 KiB, no unknown envelope field', async () => {
    expect((await post(member, [])).statusCode).toBe(400);
    const many = Array.from({ length: 101 }, () => good[0]);
    expect((await post(member, many)).statusCode).toBe(400);
    expect((await post(member, good, { cookies: 'x' })).statusCode).toBe(400);
    const huge = Array.from({ length: 100 }, () => ({ ...good[0], padding: 'x'.repeat(3000) }));
    expect((await post(member, huge)).statusCode).toBe(413);
  });

  it('limits a token to 60 requests a minute, with retry-after', async () => {
    const other = (
      await createApiToken(
        identity,
        await localPrincipal(identity.pool),
        await findUser(identity.pool, 'ada'),
        {
          name: 'rate',
          scopes: ['events:write'],
        },
      )
    ).token;
    const codes: number[] = [];
    for (let i = 0; i < 61; i++) codes.push((await post(other, ['refused, stores nothing'])).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 200)).toBe(true);
    const limited = await post(other, ['x']);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // another token of the same user is not limited by this one's count
    expect((await post(member, ['x'])).statusCode).toBe(200);
  });
});

describe('what the events tell the team', () => {
  it("a repository's viewers, and the team's list of repositories gitpulse knows", async () => {
    const views = (await app.inject({ url: '/api/repos/ACME/rocket/views' })).json();
    expect(views).toMatchObject({ repository: 'ACME/rocket', days: 30, views: 3, viewers: 1 });
    expect(views.items).toEqual([{ login: 'ada', views: 3, last_viewed_at: expect.stringMatching(/Z$/) }]);
    // only repositories gitpulse knows are listed: acme/rocket is, acme/other is not
    await db.pool.query(
      "INSERT INTO warehouse.repositories (github_id, full_name, owner, name) VALUES (1, 'acme/rocket', 'acme', 'rocket')",
    );
    const team = (await app.inject({ url: '/api/views' })).json();
    expect(team.items).toEqual([
      { repository: 'acme/rocket', views: 3, viewers: 1, last_viewed_at: expect.stringMatching(/Z$/) },
    ]);
  });

  it('answer 503 without an events store', async () => {
    const closed = await createServer(db, { identity, clickhouse: () => undefined });
    expect((await closed.inject({ url: '/api/views' })).statusCode).toBe(503);
    await closed.close();
  });
});

describe('GET /api/repos/{owner}/{name}/pulls/{number}', () => {
  it('a PR with its stages and its latest insight; 404 for one gitpulse does not have', async () => {
    await deliverWebhook(db, 'pull_request', {
      action: 'opened',
      repository: webhookRepository(9001, 'acme/risky'),
      pull_request: {
        number: 3,
        title: 'Rewrite the scheduler',
        state: 'open',
        created_at: '2026-03-01T10:00:00Z',
        closed_at: null,
        merged_at: null,
        merge_commit_sha: null,
        user: { login: 'ada', type: 'User', avatar_url: 'https://avatars.example/u' },
        head: { sha: 'head-3', ref: 'scheduler' },
        additions: 2000,
        deletions: 400,
        changed_files: 30,
      },
    });
    const answer = await app.inject({ url: '/api/repos/acme/risky/pulls/3' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      repository: 'acme/risky',
      pr_number: 3,
      title: 'Rewrite the scheduler',
      status_pr: expect.any(String),
      insight: { risk_level: 'high', is_bot: false, summary: expect.any(String) },
    });
    expect((await app.inject({ url: '/api/repos/acme/risky/pulls/4' })).statusCode).toBe(404);
  });
});
