import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { readPrivateRepositoriesSql } from '../analytics/read-private-repositories.queries.ts';
import type { Database } from '../db/database.ts';
import { notFound } from './error-answers.ts';

/**
 * Where a route's answer shows repositories (its `policy.repositories`), so
 * that a private repository is shown only to those GitHub lets read it and
 * does not exist for anyone else (SPEC section 10):
 * - 'repository': the route is about the repository of its :owner/:name,
 *   which is "not tracked" (404) to those who may not read it;
 * - { list, field } (or several): the answer's `list` holds items naming a
 *   repository in `field`; the ones a reader may not see are left out;
 * - 'public-only': shared lists and totals, computed over public repositories
 *   only (migration 0027), the same for every reader;
 * - 'none': no repository's data (runs, tokens, the signed-in user).
 */
export interface RepositoryList {
  list: string;
  field: string;
}
export type RepositoryExposure = 'repository' | RepositoryList | RepositoryList[] | 'public-only' | 'none';

/** The private repositories a reader may not see, by lower-case owner/name; `key` tells readers apart in caches. */
export interface Visibility {
  hidden: ReadonlySet<string>;
  key: string;
}

export const SEES_EVERYTHING: Visibility = { hidden: new Set(), key: '' };

/** What a route answer is "not tracked" with, for a repository that is not there or not the reader's to see. */
export const notTracked = (fullName: string) => notFound(`${fullName} is not tracked`);

/** The owner/name of a route's :owner/:name path. */
export const fullNameOf = (params: { owner: string; name: string }) => `${params.owner}/${params.name}`;

/** What this reader may not see: the warehouse's private repositories minus those GitHub says they may read. */
export async function visibilityOf(db: Database, readableGithubIds: readonly number[]): Promise<Visibility> {
  const privateRepositories = await readPrivateRepositoriesSql.run(undefined, db.pool);
  if (privateRepositories.length === 0) return SEES_EVERYTHING;
  const readable = new Set(readableGithubIds);
  const hidden = privateRepositories.filter((repo) => !readable.has(repo.github_id));
  if (hidden.length === 0) return SEES_EVERYTHING;
  const ids = hidden.map((repo) => repo.github_id).sort((a, b) => a - b);
  return {
    hidden: new Set(hidden.map((repo) => repo.full_name)),
    key: createHash('sha256').update(ids.join(',')).digest('base64url').slice(0, 16),
  };
}

/** The owner/name a 'repository' route is about, from its path. */
export const repositoryOfRequest = (request: FastifyRequest) => {
  const { owner, name } = request.params as { owner?: string; name?: string };
  return owner && name ? fullNameOf({ owner, name }) : null;
};

/** The answer without the items of its repository lists that name a hidden repository. */
export function withoutHidden(
  payload: unknown,
  lists: RepositoryList | RepositoryList[],
  visibility: Visibility,
) {
  let body = payload as Record<string, unknown> | null;
  for (const { list, field } of ([] as RepositoryList[]).concat(lists)) {
    const items = body?.[list];
    if (!Array.isArray(items)) continue;
    const shown = items.filter((item) => {
      const name = (item as Record<string, unknown>)?.[field];
      return typeof name !== 'string' || !visibility.hidden.has(name.toLowerCase());
    });
    body = { ...body, [list]: shown };
  }
  return body;
}
