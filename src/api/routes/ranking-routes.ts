import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import {
  languagesResponse,
  pageQuery,
  rankingsResponse,
  renderResponse,
  trendingQuery,
  trendingResponse,
} from '../api-schemas.ts';
import { apiQuery } from '../queries/api-query.ts';

const TRENDING = apiQuery('trending.sql');
const LANGUAGES = apiQuery('languages.sql');
const RANKINGS = apiQuery('language-rankings.sql');
const RENDER = apiQuery('render-showcase.sql');
const LATEST = 'SELECT snapshot_date::text AS d FROM analytics.latest_snapshot_date';

/** Trending, language leaderboards and the Render showcase, from the analytics layer. */
export const rankingRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/trending',
      {
        schema: {
          tags: ['rankings'],
          summary: 'Trending repositories of the latest day',
          querystring: trendingQuery,
          response: { 200: trendingResponse },
        },
      },
      async (request) => {
        const q = request.query;
        const [latest, rows] = await Promise.all([
          db.pool.query(LATEST),
          db.pool.query(TRENDING, [q.language ?? null, q.window, q.rising, q.limit, q.offset]),
        ]);
        return { snapshot_date: latest.rows[0]?.d ?? null, items: rows.rows };
      },
    );

    app.get(
      '/api/languages',
      {
        schema: {
          tags: ['rankings'],
          summary: 'Tracked languages with repositories and stars',
          response: { 200: languagesResponse },
        },
      },
      async () => {
        const [latest, rows] = await Promise.all([db.pool.query(LATEST), db.pool.query(LANGUAGES)]);
        return { snapshot_date: latest.rows[0]?.d ?? null, items: rows.rows };
      },
    );

    app.get(
      '/api/languages/:lang/rankings',
      {
        schema: {
          tags: ['rankings'],
          summary: 'Leaderboard of one language',
          params: z.object({ lang: z.string().min(1).max(50) }),
          querystring: pageQuery,
          response: { 200: rankingsResponse },
        },
      },
      async (request) => {
        const { rows } = await db.pool.query(RANKINGS, [
          request.params.lang,
          request.query.limit,
          request.query.offset,
        ]);
        return { language: request.params.lang, items: rows };
      },
    );

    app.get(
      '/api/render/showcase',
      {
        schema: {
          tags: ['rankings'],
          summary: 'Repositories that deploy on Render',
          querystring: pageQuery,
          response: { 200: renderResponse },
        },
      },
      async (request) => ({
        items: (await db.pool.query(RENDER, [request.query.limit, request.query.offset])).rows,
      }),
    );
  };
