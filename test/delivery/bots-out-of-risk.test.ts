import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { raisePrAlerts } from '../../src/ops/alerts/alerts.ts';
import { listInsights } from '../../src/warehouse/pull-requests/polling-queries.ts';
import { deliverWebhook, webhookRepository } from '../support/deliver-webhook.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';

/*
 * Issue 22 item 5: bots' PRs are out of risk by default. The same large PR
 * (2,400 lines over 30 files: high risk) from a person and from each kind of
 * bot (GitHub's Bot type, a [bot] login, a login listed in delivery.bots):
 * the person's is listed and alerted; the bots' are listed only with
 * include_bots and alerted never.
 */

let db: Database;
beforeAll(async () => {
  db = await createFreshDatabase();
  await db.pool.query("INSERT INTO ops.delivery_bots (login) VALUES ('release-robot')");
  const repository = webhookRepository(4242, 'acme/risky');
  const authors: [number, { login: string; type: string }][] = [
    [1, { login: 'ada', type: 'User' }],
    [2, { login: 'renovate', type: 'Bot' }],
    [3, { login: 'dependabot[bot]', type: 'User' }],
    [4, { login: 'Release-Robot', type: 'User' }],
  ];
  for (const [number, user] of authors) {
    await deliverWebhook(db, 'pull_request', {
      action: 'opened',
      repository,
      pull_request: {
        number,
        title: `Large change ${number}`,
        state: 'open',
        created_at: '2026-03-01T10:00:00Z',
        closed_at: null,
        merged_at: null,
        merge_commit_sha: null,
        user: { ...user, avatar_url: 'https://avatars.example/u' },
        head: { sha: `head-${number}`, ref: `change-${number}` },
        additions: 2000,
        deletions: 400,
        changed_files: 30,
      },
    });
  }
});
afterAll(async () => {
  await db?.close();
});

const page = { limit: 50, offset: 0 };

describe("bots' PRs and risk", () => {
  it('every PR got the same high-risk insight', async () => {
    const all = await listInsights(db.pool, { ...page, include_bots: true });
    expect(all.map((i) => [i.pr_number, i.risk_level, i.is_bot]).sort()).toEqual([
      [1, 'high', false],
      [2, 'high', true],
      [3, 'high', true],
      [4, 'high', true],
    ]);
  });

  it("lists only people's insights by default, unprocessed ones too", async () => {
    for (const processed of [undefined, false]) {
      const people = await listInsights(db.pool, { ...page, processed, include_bots: false });
      expect(people.map((i) => i.pr_number)).toEqual([1]);
    }
  });

  it("raises a high-risk alert for the person's PR only", async () => {
    await raisePrAlerts(db.pool);
    const alerts = await db.pool.query("SELECT subject FROM ops.alerts WHERE rule = 'high_risk_pr'");
    expect(alerts.rows.map((r) => r.subject)).toEqual(['acme/risky#1@head-1']);
  });
});
