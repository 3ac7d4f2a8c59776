import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readRepoStarHistory } from '../../analytics/repo-star-history.ts';
import { readRepository, searchRepositories } from '../../analytics/repositories.ts';
import { readRepoIdentity } from '../../analytics/star-history.ts';
import { addDays } from '../../calendar-days.ts';
import type { Database } from '../../db/database.ts';
import {
  errorResponse,
  repoParams,
  repoResponse,
  type StarsResponse,
  searchQuery,
  searchResponse,
  starsQuery,
  starsResponse,
} from '../api-schemas.ts';
import { fromAfterTo } from '../error-answers.ts';
import { badgeSvg } from '../images/badge-svg.ts';
import { starChartSvg } from '../images/star-chart-svg.ts';
import { compact } from '../images/svg-text.ts';
import { fullNameOf, notTracked } from '../repository-visibility.ts';

const theme = z.enum(['light', 'dark']).default('light');
const svgHeaders = {
  'content-type': 'image/svg+xml; charset=utf-8',
  // Embedded from READMEs on other sites (GitHub proxies images): cacheable, readable cross-origin.
  'cache-control': 'public, max-age=3600',
  'cross-origin-resource-policy': 'cross-origin',
};

/** A repository's star history from its first day, in the API's shape; null when it is not tracked. */
async function starHistoryOf(
  db: Database,
  fullName: string,
  range: { from?: string; to?: string },
): Promise<StarsResponse | null> {
  const identity = await readRepoIdentity(db.pool, fullName);
  const history = identity && (await readRepoStarHistory(db.pool, identity.github_id, range));
  if (!identity || !history) return null;
  const { coverage } = history;
  return {
    repository: identity.repo_full_name,
    github_id: identity.github_id,
    created_at: coverage.created_at,
    tracked_since: coverage.tracked_since,
    history: {
      complete: coverage.complete,
      first_day: coverage.first_day,
      next_page: coverage.next_page,
      fetched_at: coverage.fetched_at,
    },
    note: coverage.complete
      ? `Before ${coverage.tracked_since ?? 'the first snapshot'} the figures are GitHub's stargazers/history: stars given each day and still there, so a star given then and removed since is not counted; stars_taken_back shows where the snapshots saw more.`
      : `GitHub's stargazers/history is not read to the first page yet (next page ${coverage.next_page ?? 1}): the days before the first snapshot fill in as the backfill goes on in the next runs.`,
    items: history.days,
  };
}

export const repoRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/repos/:owner/:name',
      {
        config: { policy: { repositories: 'repository', cache: 'until-next-run' } },
        schema: {
          tags: ['repositories'],
          summary: 'A repository: current metrics, SCD history, daily series, languages',
          params: repoParams,
          response: { 200: repoResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const fullName = fullNameOf(request.params);
        const repo = await readRepository(db.pool, fullName);
        return repo ?? reply.code(404).send(notTracked(fullName));
      },
    );
    app.get(
      '/api/search',
      {
        config: {
          policy: { repositories: { list: 'items', field: 'repo_full_name' }, cache: 'until-next-run' },
        },
        schema: {
          tags: ['repositories'],
          summary: 'Tracked repositories by part of their owner/name, best matches first',
          querystring: searchQuery,
          response: { 200: searchResponse },
        },
      },
      async (request) => ({
        items: await searchRepositories(db.pool, request.query.q, request.query.limit),
      }),
    );
    app.get(
      '/api/repos/:owner/:name/stars',
      {
        config: { policy: { repositories: 'repository' } },
        // No cache policy: a star webhook moves the day's figure without a run.
        schema: {
          tags: ['repositories'],
          summary:
            "Star history from the repository's first day: GitHub's stargazers/history reconciled with the daily snapshots",
          params: repoParams,
          querystring: starsQuery,
          response: { 200: starsResponse, 400: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const fullName = fullNameOf(request.params);
        const { from, to } = request.query;
        if (from && to && from > to) return reply.code(400).send(fromAfterTo(from, to));
        const history = await starHistoryOf(db, fullName, { from, to });
        return history ?? reply.code(404).send(notTracked(fullName));
      },
    );
    app.get(
      '/api/repos/:owner/:name/stars.svg',
      {
        config: { policy: { repositories: 'repository' } },
        // No cache policy: a star webhook moves the day's figure without a run.
        schema: {
          tags: ['repositories'],
          summary: 'Star history from the first day as an SVG chart, to embed in a README (light or dark)',
          params: repoParams,
          querystring: z.strictObject({
            theme,
            days: z.coerce
              .number()
              .int()
              .min(2)
              .max(36_500)
              .optional()
              .describe('days back from the latest figure (default: since the repository was created)'),
            scale: z.enum(['linear', 'log']).default('linear'),
          }),
          produces: ['image/svg+xml'],
        },
      },
      async (request, reply) => {
        const fullName = fullNameOf(request.params);
        const history = await starHistoryOf(db, fullName, {});
        if (!history) return reply.code(404).send(notTracked(fullName));
        const last = history.items.at(-1)?.day;
        const { days, theme: chosenTheme, scale } = request.query;
        const from = days && last ? addDays(last, -(days - 1)) : undefined;
        const shown = from ? history.items.filter((p) => p.day >= from) : history.items;
        return reply.headers(svgHeaders).send(
          starChartSvg(history.repository, shown, {
            theme: chosenTheme,
            scale,
            trackedSince: history.tracked_since,
          }),
        );
      },
    );
    app.get(
      '/api/repos/:owner/:name/badge.svg',
      {
        config: { policy: { repositories: 'repository', cache: 'until-next-run' } },
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
        const fullName = fullNameOf(request.params);
        const repo = await readRepository(db.pool, fullName);
        if (!repo) return reply.code(404).send(notTracked(fullName));
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
