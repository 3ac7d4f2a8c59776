import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import {
  errorResponse,
  pageQuery,
  qualityResponse,
  runParams,
  runResponse,
  runsResponse,
} from '../api-schemas.ts';
import { apiQuery } from '../queries/api-query.ts';

const RUNS = apiQuery('runs.sql');
const QUALITY = apiQuery('quality.sql');

/** Pipeline runs with their task trees, and data-quality results. */
export const runRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/runs',
      {
        schema: {
          tags: ['pipeline'],
          summary: 'Pipeline runs, newest first',
          querystring: pageQuery,
          response: { 200: runsResponse },
        },
      },
      async (request) => {
        const { rows } = await db.pool.query(RUNS, [request.query.limit, request.query.offset, null]);
        return { items: rows.map(({ task_tree: _tree, ...run }) => run) };
      },
    );
    app.get(
      '/api/runs/:id',
      {
        schema: {
          tags: ['pipeline'],
          summary: 'One run with its task tree',
          params: runParams,
          response: { 200: runResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const run = (await db.pool.query(RUNS, [1, 0, request.params.id])).rows[0];
        return run ?? reply.code(404).send({ error: 'not_found', message: `no run ${request.params.id}` });
      },
    );
    app.get(
      '/api/quality',
      {
        schema: {
          tags: ['pipeline'],
          summary: 'Data-quality results of the latest run and recent history',
          response: { 200: qualityResponse },
        },
      },
      async () => (await db.pool.query(QUALITY)).rows[0].quality,
    );
  };
