import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { knownRepositories } from '../../analytics/known-repositories.ts';
import type { ClickHouse } from '../../clickhouse/clickhouse-connection.ts';
import type { Database } from '../../db/database.ts';
import { readRepoViews, readTeamViews } from '../../events/events-queries.ts';
import { type AcceptedClientEvent, landClientEvents } from '../../raw/client-events.ts';
import {
  CLIENT_EVENT_TYPES,
  type ClientEvent,
  clientEvent,
  clientEventsBody,
  clientEventsResponse,
  errorResponse,
  repoParams,
  repoViewsResponse,
  teamViewsQuery,
  teamViewsResponse,
  viewsQuery,
} from '../api-schemas.ts';
import { EVENTS_STORE_UNAVAILABLE } from '../events-store-unavailable.ts';
import { fullNameOf } from '../repository-visibility.ts';

/** Requests a minute one token may send (each up to CLIENT_EVENTS_PER_BATCH events). */
const REQUESTS_PER_MINUTE = 60;
/** 100 events of a few hundred bytes each fit many times over. */
const BODY_LIMIT = 256 * 1024;
/** A client's clock may be this far ahead; later occurred_at is refused. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** Why an item was refused, in one line naming the field. */
function refusal(item: unknown, error: z.ZodError): string {
  const type = (item as { type?: unknown } | null)?.type;
  if (typeof item === 'object' && item !== null && !CLIENT_EVENT_TYPES.includes(type as never))
    return `unknown type ${JSON.stringify(type ?? null)}: expected one of ${CLIENT_EVENT_TYPES.join(', ')}`;
  return error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; ');
}

/** The columns raw.client_events keeps of a valid event; the rest of it is its payload. */
function accepted(event: ClientEvent): AcceptedClientEvent {
  const { id, type, repository, occurred_at, pr_number, ...payload } = event as ClientEvent & {
    pr_number?: number;
  };
  return { id, type, repository, prNumber: pr_number ?? null, occurredAt: occurred_at, payload };
}

/**
 * Client events (SPEC section 12, README "Browser extension"): POST a batch,
 * stored in PostgreSQL before the answer and copied to the events store by a
 * job, so an accepted event outlives a store that is busy or down; and what
 * they tell the team: who viewed a repository, and what the team viewed.
 */
export const clientEventRoutes =
  (
    db: Database,
    clickhouse: () => ClickHouse | undefined,
    requestExport: () => Promise<void>,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/events',
      {
        bodyLimit: BODY_LIMIT,
        config: {
          policy: { repositories: 'none', scope: 'events:write' },
          // after authentication (preHandler), so the limit is the token's, not the address's
          rateLimit: {
            max: REQUESTS_PER_MINUTE,
            timeWindow: 60_000,
            hook: 'preHandler',
            keyGenerator: (request) => {
              const principal = request.principal;
              return principal?.tokenId !== undefined
                ? `token:${principal.tokenId}`
                : `user:${principal?.userId ?? 0}:${principal?.login ?? request.ip}`;
            },
          },
        },
        schema: {
          tags: ['client events'],
          summary: `Store a batch of client events (a token with events:write; at most ${REQUESTS_PER_MINUTE} requests a minute a token): each item checked by its type and refused on its own with the reason; an id sent again is stored once`,
          body: clientEventsBody,
          response: { 200: clientEventsResponse, 401: errorResponse, 403: errorResponse },
        },
      },
      async (request) => {
        const principal = request.principal;
        const refused: z.infer<typeof clientEventsResponse>['refused'] = [];
        const valid: AcceptedClientEvent[] = [];
        const latest = Date.now() + CLOCK_SKEW_MS;
        request.body.events.forEach((item, index) => {
          const id = (item as { id?: unknown } | null)?.id;
          const idOf = typeof id === 'string' ? id : null;
          const parsed = clientEvent.safeParse(item);
          if (!parsed.success) refused.push({ index, id: idOf, reason: refusal(item, parsed.error) });
          else if (Date.parse(parsed.data.occurred_at) > latest)
            refused.push({ index, id: idOf, reason: 'occurred_at: in the future (check the clock)' });
          else valid.push(accepted(parsed.data));
        });
        const stored = await landClientEvents(db.pool, {
          user: { id: principal?.userId ?? 0, login: principal?.login ?? 'local' },
          client: request.body.client,
          events: valid,
        });
        if (stored.size > 0)
          void requestExport().catch((error: Error) =>
            request.log.warn({ err: error.message }, 'could not queue the client events copy'),
          );
        return { accepted: stored.size, duplicates: valid.length - stored.size, refused };
      },
    );

    app.get(
      '/api/repos/:owner/:name/views',
      {
        config: { policy: { repositories: 'repository' } },
        schema: {
          tags: ['client events'],
          summary: 'Viewed by your team: who opened the repository or its PRs with the browser extension',
          params: repoParams,
          querystring: viewsQuery,
          response: { 200: repoViewsResponse, 503: errorResponse },
        },
      },
      async (request, reply) => {
        const store = clickhouse();
        if (!store) return reply.code(503).send(EVENTS_STORE_UNAVAILABLE);
        const repository = fullNameOf(request.params);
        const items = await readRepoViews(store, repository, request.query.days);
        return {
          repository,
          days: request.query.days,
          views: items.reduce((sum, item) => sum + item.views, 0),
          viewers: items.length,
          items,
        };
      },
    );

    app.get(
      '/api/views',
      {
        config: { policy: { repositories: { list: 'items', field: 'repository' } } },
        schema: {
          tags: ['client events'],
          summary:
            'What the team viewed with the browser extension: repositories gitpulse knows, latest first',
          querystring: teamViewsQuery,
          response: { 200: teamViewsResponse, 503: errorResponse },
        },
      },
      async (request, reply) => {
        const store = clickhouse();
        if (!store) return reply.code(503).send(EVENTS_STORE_UNAVAILABLE);
        const { days, limit } = request.query;
        // read more than the page: names gitpulse does not know are left out
        const viewed = await readTeamViews(store, days, limit * 4);
        const known = await knownRepositories(
          db.pool,
          viewed.map((v) => v.repository),
        );
        return {
          days,
          items: viewed.filter((v) => known.has(v.repository.toLowerCase())).slice(0, limit),
        };
      },
    );
  };
