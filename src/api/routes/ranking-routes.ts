import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readLatestSnapshotDate } from '../../analytics/latest-snapshot-date.ts';
import {
  readLanguageRankings,
  readLanguages,
  readRenderShowcase,
  readTrending,
} from '../../analytics/rankings.ts';
import type { Database } from '../../db/database.ts';
import {
  languagesResponse,
  pageQuery,
  rankingsResponse,
  renderResponse,
  trendingQuery,
  trendingResponse,
} from '../api-schemas.ts';

/** Trending, language leaderboards and the Render showcase, from the analytics layer. */
export const rankingRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    /** A list of the latest day's figures, with that day, read together. */
    const withLatestSnapshotDate = async <Item>(reading: Promise<Item[]>) => {
      const [snapshotDate, items] = await Promise.all([readLatestSnapshotDate(db.pool), reading]);
      return { snapshot_date: snapshotDate, items };
    };

    app.get(
      '/api/trending',
      {
        config: { policy: { repositories: 'public-only', cache: 'until-next-run' } },
        schema: {
          tags: ['rankings'],
          summary: 'Trending repositories of the latest day',
          querystring: trendingQuery,
          response: { 200: trendingResponse },
        },
      },
      async (request) => withLatestSnapshotDate(readTrending(db.pool, request.query)),
    );

    app.get(
      '/api/languages',
      {
        config: { policy: { repositories: 'public-only', cache: 'until-next-run' } },
        schema: {
          tags: ['rankings'],
          summary: 'Tracked languages with repositories and stars',
          response: { 200: languagesResponse },
        },
      },
      async () => withLatestSnapshotDate(readLanguages(db.pool)),
    );

    app.get(
      '/api/languages/:lang/rankings',
      {
        config: { policy: { repositories: 'public-only', cache: 'until-next-run' } },
        schema: {
          tags: ['rankings'],
          summary: 'Leaderboard of one language',
          params: z.object({ lang: z.string().min(1).max(50) }),
          querystring: pageQuery,
          response: { 200: rankingsResponse },
        },
      },
      async (request) => ({
        language: request.params.lang,
        items: await readLanguageRankings(db.pool, request.params.lang, request.query),
      }),
    );

    app.get(
      '/api/render/showcase',
      {
        config: { policy: { repositories: 'public-only', cache: 'until-next-run' } },
        schema: {
          tags: ['rankings'],
          summary: 'Repositories that deploy on Render',
          querystring: pageQuery,
          response: { 200: renderResponse },
        },
      },
      async (request) => ({
        items: await readRenderShowcase(db.pool, request.query),
      }),
    );
  };
