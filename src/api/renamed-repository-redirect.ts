import type { FastifyInstance } from 'fastify';
import { readRenamedRepository } from '../analytics/repositories.ts';
import type { Database } from '../db/database.ts';
import { notTracked, repositoryOfRequest } from './repository-visibility.ts';
import { policyOf } from './route-policy.ts';

/**
 * A repository renamed or transferred on GitHub keeps one history under its
 * github_id, and its old name is an alias (README "API and dashboard"): a
 * route about one repository answers an old name with 308 to the same route
 * under the current name, so links and README badges made before the rename
 * keep working. After the route policy's onRequest, so a private repository's
 * new name is not told to a reader who may not see it.
 */
export function registerRenamedRepositoryRedirect(app: FastifyInstance, db: Database): void {
  app.addHook('preHandler', async (request, reply) => {
    if (policyOf(request).repositories !== 'repository') return;
    const fullName = repositoryOfRequest(request);
    const current = fullName && (await readRenamedRepository(db.pool, fullName));
    if (!fullName || !current) return;
    if (request.visibility?.hidden.has(current.toLowerCase()))
      return reply.code(404).send(notTracked(fullName));
    const [owner = '', name = ''] = current.split('/');
    const params = request.params as Record<string, string>;
    const path = request.routeOptions.url?.replace(/:(\w+)/g, (_match, key: string) =>
      encodeURIComponent(key === 'owner' ? owner : key === 'name' ? name : (params[key] ?? '')),
    );
    const query = request.url.indexOf('?');
    return reply
      .code(308)
      .header('location', `${path}${query >= 0 ? request.url.slice(query) : ''}`)
      .send();
  });
}
