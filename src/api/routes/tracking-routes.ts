import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readRenamedRepository } from '../../analytics/repositories.ts';
import { readRepoIdentity } from '../../analytics/star-history.ts';
import type { Database } from '../../db/database.ts';
import { listTrackingRequests, requestTracking } from '../../ops/tracking/tracking-requests.ts';
import { errorResponse, trackedAnswer, trackingResponse, trackRequestBody } from '../api-schemas.ts';

/** Tracking a repository on request: the next run reads it from GitHub, then it is snapshotted daily. */
export const trackingRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/tracked',
      {
        config: { policy: { repositories: { list: 'items', field: 'repository' } } },
        schema: {
          tags: ['repositories'],
          summary: 'Repositories asked to be tracked, with their status',
          response: { 200: trackingResponse },
        },
      },
      async () => ({ items: await listTrackingRequests(db.pool) }),
    );
    app.post(
      '/api/tracked',
      {
        config: {
          policy: {
            repositories: 'none',
            scope: 'track',
            audit: {
              action: 'repository.track',
              target: (request) => (request.body as { repository: string }).repository,
            },
          },
        },
        schema: {
          tags: ['repositories'],
          summary: 'Track a repository from the next run on (a token with the track scope, or API_TOKEN)',
          body: trackRequestBody,
          response: {
            202: trackedAnswer,
            200: trackedAnswer,
            401: errorResponse,
            403: errorResponse,
          },
        },
      },
      async (request, reply) => {
        const known =
          (await readRepoIdentity(db.pool, request.body.repository))?.repo_full_name ??
          // an old name of a tracked repository (a rename or transfer) is that repository
          (await readRenamedRepository(db.pool, request.body.repository));
        const stored = await requestTracking(db.pool, known ?? request.body.repository, Boolean(known));
        return reply
          .code(stored.status === 'tracked' ? 200 : 202)
          .send({ repository: stored.full_name, status: stored.status });
      },
    );
  };
