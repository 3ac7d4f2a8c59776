import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  estimateStarHistory,
  readRepoIdentity,
  readStarSnapshots,
  readStarsGiven,
} from '../../analytics/star-history.ts';
import { addDays, today } from '../../calendar-days.ts';
import type { ClickHouse } from '../../clickhouse/clickhouse-connection.ts';
import type { Database } from '../../db/database.ts';
import { readRepoActivity } from '../../events/events-queries.ts';
import { activityQuery, activityResponse, errorResponse, repoParams } from '../api-schemas.ts';
import { fromAfterTo } from '../error-answers.ts';
import { EVENTS_STORE_UNAVAILABLE } from '../events-store-unavailable.ts';
import { fullNameOf } from '../repository-visibility.ts';

/**
 * A repository's activity from the events store, and its star history before
 * gitpulse tracked it: an estimate scaled by the events' coverage.
 */
export const activityRoutes =
  (db: Database, clickhouse: () => ClickHouse | undefined): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/repos/:owner/:name/activity',
      {
        config: { policy: { repositories: 'repository' } },
        schema: {
          tags: ['repositories'],
          summary:
            'Daily activity from events, and the star history before tracking began (an estimate, with its coverage)',
          params: repoParams,
          querystring: activityQuery,
          response: { 200: activityResponse, 400: errorResponse, 503: errorResponse },
        },
      },
      async (request, reply) => {
        const store = clickhouse();
        if (!store) return reply.code(503).send(EVENTS_STORE_UNAVAILABLE);
        const fullName = fullNameOf(request.params);
        const to = request.query.to ?? today();
        const from = request.query.from ?? addDays(to, -365);
        if (from > to) return reply.code(400).send(fromAfterTo(from, to));
        const identity = await readRepoIdentity(db.pool, fullName);
        const activity = await readRepoActivity(
          store,
          { repoId: identity?.github_id ?? 0, repoName: fullName },
          { from, to },
        );
        const snapshots = identity ? await readStarSnapshots(db.pool, identity.github_id, { from, to }) : [];
        const given = identity ? await readStarsGiven(db.pool, identity.github_id, { from, to }) : [];
        const { coverage, days } = estimateStarHistory(activity, snapshots, given);
        return {
          repository: identity?.repo_full_name ?? fullName,
          repo_id: identity?.github_id ?? 0,
          from,
          to,
          tracked_since: identity?.tracked_since ?? null,
          activity,
          coverage,
          star_history: days,
          note:
            coverage.ratio === null
              ? 'Event counts are what GH Archive and webhooks captured, not exact counts; no snapshot overlap to estimate earlier stars.'
              : `Event counts are what was captured, not exact counts. Stars before ${snapshots[0]?.day} are estimated from events scaled by their coverage (${Math.round(coverage.ratio * 100)}% of the stars ${coverage.reference === 'star_history' ? "GitHub's star history shows given" : 'the snapshots saw'} from ${coverage.overlap_from} to ${coverage.overlap_to}), a cross-check of the star history.`,
        };
      },
    );
  };
