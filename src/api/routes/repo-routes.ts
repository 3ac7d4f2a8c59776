import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readRepository, searchRepositories } from '../../analytics/repositories.ts';
import type { Database } from '../../db/database.ts';
import { errorResponse, repoParams, repoResponse, searchQuery, searchResponse } from '../api-schemas.ts';
import { badgeSvg } from '../images/badge-svg.ts';
import { starChartSvg } from '../images/star-chart-svg.ts';
import { compact } from '../images/svg-text.ts';

const theme = z.enum(['light', 'dark']).default('light');
const svgHeaders = {
  'content-type': 'image/svg+xml; charset=utf-8',
  // Embedded from READMEs on other sites (GitHub proxies images): cacheable, readable cross-origin.
  'cache-control': 'public, max-age=3600',
  'cross-origin-resource-policy': 'cross-origin',
};
type Repo = z.infer<typeof repoResponse>;

export const repoRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/repos/:owner/:name',
      {
        schema: {
          tags: ['repositories'],
          summary: 'A repository: current metrics, SCD history, daily series, languages',
          params: repoParams,
          response: { 200: repoResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const fullName = `${request.params.owner}/${request.params.name}`;
        const repo = await readRepository<z.infer<typeof repoResponse>>(db.pool, fullName);
        return repo ?? reply.code(404).send({ error: 'not_found', message: `${fullName} is not tracked` });
      },
    );
    app.get(
      '/api/search',
      {
        schema: {
          tags: ['repositories'],
          summary: 'Tracked repositories by part of their owner/name, best matches first',
          querystring: searchQuery,
          response: { 200: searchResponse },
        },
      },
      async (request) => ({
        items: await searchRepositories<z.infer<typeof searchResponse>['items'][number]>(
          db.pool,
          request.query.q,
          request.query.limit,
        ),
      }),
    );
    app.get(
      '/api/repos/:owner/:name/stars.svg',
      {
        schema: {
          tags: ['repositories'],
          summary: 'Star history as an SVG chart, to embed in a README (light or dark)',
          params: repoParams,
          querystring: z.strictObject({
            theme,
            days: z.coerce
              .number()
              .int()
              .min(2)
              .max(3650)
              .default(365)
              .describe('days back from the latest snapshot'),
          }),
          produces: ['image/svg+xml'],
        },
      },
      async (request, reply) => {
        const fullName = `${request.params.owner}/${request.params.name}`;
        const repo = await readRepository<Repo>(db.pool, fullName);
        if (!repo) return reply.code(404).send({ error: 'not_found', message: `${fullName} is not tracked` });
        const series = repo.series
          .slice(-request.query.days)
          .map((p) => ({ day: p.snapshot_date, stars: p.stars }));
        return reply.headers(svgHeaders).send(starChartSvg(repo.repo_full_name, series, request.query.theme));
      },
    );
    app.get(
      '/api/repos/:owner/:name/badge.svg',
      {
        schema: {
          tags: ['repositories'],
          summary: 'A README badge: stars, the 7-day star gain, or the overall rank',
          params: repoParams,
          querystring: z.strictObject({
            metric: z.enum(['stars', 'gain7d', 'rank']).default('stars'),
            theme,
          }),
          produces: ['image/svg+xml'],
        },
      },
      async (request, reply) => {
        const fullName = `${request.params.owner}/${request.params.name}`;
        const repo = await readRepository<Repo>(db.pool, fullName);
        if (!repo) return reply.code(404).send({ error: 'not_found', message: `${fullName} is not tracked` });
        const current = repo.current;
        const [label, value] =
          request.query.metric === 'gain7d'
            ? [
                '7-day stars',
                current?.star_velocity_7d == null
                  ? 'n/a'
                  : `${current.star_velocity_7d >= 0 ? '+' : ''}${compact(current.star_velocity_7d)}`,
              ]
            : request.query.metric === 'rank'
              ? ['gitpulse rank', current?.rank_overall == null ? 'n/a' : `#${current.rank_overall}`]
              : ['stars', current ? compact(current.stars) : 'n/a'];
        return reply.headers(svgHeaders).send(badgeSvg(label, value, request.query.theme));
      },
    );
  };
