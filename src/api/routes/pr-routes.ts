import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readPrWeeklyMetrics } from '../../analytics/pr-metrics.ts';
import type { Database } from '../../db/database.ts';
import {
  acknowledgeInsight,
  listInsights,
  listPullRequests,
} from '../../warehouse/pull-requests/polling-queries.ts';
import {
  errorResponse,
  insightsQuery,
  insightsResponse,
  pageQuery,
  prMetricsQuery,
  prMetricsResponse,
  pullRequestParams,
  pullRequestResponse,
  pullRequestsResponse,
  queryFlag,
} from '../api-schemas.ts';
import { notFound } from '../error-answers.ts';
import { fullNameOf } from '../repository-visibility.ts';

/** The PR flow's polling API (README "Pull request flow"): PRs with their stages, insights, and acknowledging an insight. */
export const prRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/prs',
      {
        config: { policy: { repositories: { list: 'items', field: 'repository' } } },
        schema: {
          tags: ['pull requests'],
          summary: 'Pull requests with their four stage statuses and latest risk',
          querystring: pageQuery.extend({
            unprocessed: queryFlag,
          }),
          response: { 200: pullRequestsResponse },
        },
      },
      async (request) => ({
        items: await listPullRequests(db.pool, request.query),
      }),
    );
    app.get(
      '/api/prs/metrics',
      {
        config: { policy: { repositories: { list: 'items', field: 'repository' } } },
        schema: {
          tags: ['pull requests'],
          summary:
            "Cycle-time metrics per repository and week: PRs opened and merged, median hours to first review, approval and merge, review rounds, share of high risk; bots' PRs counted apart unless include_bots=true",
          querystring: prMetricsQuery,
          response: { 200: prMetricsResponse },
        },
      },
      async (request) => ({
        items: await readPrWeeklyMetrics(db.pool, {
          repository: request.query.repository,
          weeks: request.query.weeks,
          includeBots: request.query.include_bots,
        }),
      }),
    );
    app.get(
      '/api/repos/:owner/:name/pulls/:number',
      {
        config: { policy: { repositories: 'repository' } },
        schema: {
          tags: ['pull requests'],
          summary: 'One pull request: its four stages, when it shipped, and its latest risk insight',
          params: pullRequestParams,
          response: { 200: pullRequestResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const repository = fullNameOf(request.params);
        const only = { repository, prNumber: request.params.number };
        const [pull] = await listPullRequests(db.pool, { limit: 1, offset: 0, unprocessed: false }, only);
        if (!pull) {
          return reply
            .code(404)
            .send(
              notFound(
                `gitpulse has no pull request ${repository}#${request.params.number} (the PR flow follows the repositories in pulls.repos and those its webhooks name)`,
              ),
            );
        }
        const [insight] = await listInsights(db.pool, { limit: 1, offset: 0, include_bots: true }, only);
        return { ...pull, insight: insight ?? null };
      },
    );
    app.get(
      '/api/insights',
      {
        config: { policy: { repositories: { list: 'items', field: 'repository' } } },
        schema: {
          tags: ['pull requests'],
          summary:
            "Risk insights; ?processed=false for the unacknowledged ones; bots' PRs only with include_bots=true",
          querystring: insightsQuery,
          response: { 200: insightsResponse },
        },
      },
      async (request) => ({
        items: await listInsights(db.pool, request.query),
      }),
    );
    app.post(
      '/api/insights/:id/ack',
      {
        config: {
          policy: {
            repositories: 'none',
            scope: 'ack',
            audit: { action: 'insight.ack', target: (request) => (request.params as { id: string }).id },
          },
        },
        schema: {
          tags: ['pull requests'],
          summary: 'Mark an insight processed (a token with the ack scope, or API_TOKEN)',
          params: z.object({ id: z.uuid() }),
          response: {
            200: z.object({ id: z.string(), processed: z.literal(true) }),
            401: errorResponse,
            403: errorResponse,
            404: errorResponse,
          },
        },
      },
      async (request, reply) => {
        if (!(await acknowledgeInsight(db.pool, request.params.id)))
          return reply.code(404).send(notFound(`no insight ${request.params.id}`));
        return { id: request.params.id, processed: true as const };
      },
    );
  };
