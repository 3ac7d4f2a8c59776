import { describe, expect, it } from 'vitest';
import { recordRepository } from '../../src/warehouse/pull-requests/record-pull-request.ts';
import { freshDatabaseBeforeAll } from '../support/fresh-database.ts';

const db = freshDatabaseBeforeAll();

describe('crash: two serving instances process events of one new repository at once', () => {
  it('every transaction records the repository; none fails on a duplicate key', async () => {
    for (let round = 0; round < 10; round++) {
      const githubId = 900_000 + round;
      const repo = {
        githubId,
        name: `repo-${round}`,
        fullName: `acme/repo-${round}`,
        owner: 'acme',
        ownerAvatarUrl: null,
        isPrivate: false,
        description: null,
      };
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, () => db().transaction((client) => recordRepository(client, repo))),
      );
      const failures = results
        .filter((r) => r.status === 'rejected')
        .map((r) => String((r as PromiseRejectedResult).reason));
      expect(failures).toEqual([]);
      const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<string>).value));
      expect(ids.size).toBe(1);
    }
  });
});
