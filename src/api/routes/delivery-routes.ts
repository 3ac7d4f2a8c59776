import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  readDelivery,
  readDeliveryRepository,
  readProductionDeployments,
} from '../../analytics/delivery/delivery.ts';
import type { Database } from '../../db/database.ts';
import {
  deliveryQuery,
  deliveryResponse,
  errorResponse,
  repoDeliveryQuery,
  repoDeliveryResponse,
  repoParams,
} from '../api-schemas.ts';
import { fullNameOf, notTracked } from '../repository-visibility.ts';

/**
 * The delivery metrics (README "Delivery metrics"): the four DORA keys and
 * rework rate per period with their bands, the PRs behind the lead times and
 * a repository's deployments behind its failure rate. JSON, or CSV of any of
 * its lists (?format=csv&table=prs).
 */
export const deliveryRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/delivery',
      {
        // per repository its own rows (hidden ones left out); orgs and all count public repositories only
        config: {
          policy: {
            repositories: [
              { list: 'items', field: 'scope' },
              { list: 'prs', field: 'repository' },
            ],
            cache: 'until-next-run',
          },
        },
        schema: {
          tags: ['delivery'],
          summary:
            'DORA metrics per week or month (everything, per org or per repository) with their bands, and the PRs behind the lead times',
          querystring: deliveryQuery,
          response: { 200: deliveryResponse },
        },
      },
      async (request) => {
        const { period, periods, scope, include_bots: includeBots } = request.query;
        const { items, botPrs, prs } = await readDelivery(
          db.pool,
          { kind: scope },
          { period, periods, includeBots },
        );
        return { period, scope, items, bot_prs: botPrs, prs };
      },
    );

    app.get(
      '/api/repos/:owner/:name/delivery',
      {
        config: { policy: { repositories: 'repository', cache: 'until-next-run' } },
        schema: {
          tags: ['delivery', 'repositories'],
          summary: "A repository's DORA metrics per period, its deployments and the PRs they shipped",
          params: repoParams,
          querystring: repoDeliveryQuery,
          response: { 200: repoDeliveryResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const fullName = fullNameOf(request.params);
        const repository = await readDeliveryRepository(db.pool, fullName);
        if (!repository) return reply.code(404).send(notTracked(fullName));
        const { period, periods, include_bots: includeBots } = request.query;
        const [delivery, deployments] = await Promise.all([
          readDelivery(db.pool, { kind: 'repository', repository }, { period, periods, includeBots }),
          readProductionDeployments(db.pool, repository),
        ]);
        return {
          repository,
          period,
          items: delivery.items,
          bot_prs: delivery.botPrs,
          prs: delivery.prs,
          deployments,
        };
      },
    );
  };
