import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { readQualityReport } from '../../ops/data-quality.ts';
import { listWorkflowRuns, readDataSource } from '../../ops/workflow-runs.ts';
import {
  aboutResponse,
  type BackfillStatus,
  errorResponse,
  pageQuery,
  qualityResponse,
  runParams,
  runResponse,
  runsResponse,
} from '../api-schemas.ts';
import { notFound } from '../error-answers.ts';

/** Pipeline runs with their task trees, and data-quality results. */
export const runRoutes =
  (db: Database, backfill: () => BackfillStatus | null): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/about',
      {
        config: { policy: { repositories: 'none' } },
        schema: {
          tags: ['pipeline'],
          summary: "Where the data comes from: GitHub, or the offline replay's demo data",
          response: { 200: aboutResponse },
        },
      },
      async () => ({ data_source: await readDataSource(db.pool), backfill: backfill() }),
    );
    app.get(
      '/api/runs',
      {
        config: { policy: { repositories: 'none' } },
        schema: {
          tags: ['pipeline'],
          summary: 'Pipeline runs, newest first',
          querystring: pageQuery,
          response: { 200: runsResponse },
        },
      },
      async (request) => {
        const runs = await listWorkflowRuns(db.pool, request.query);
        return { items: runs.map(({ task_tree: _tree, ...run }) => run) };
      },
    );
    app.get(
      '/api/runs/:id',
      {
        config: { policy: { repositories: 'none' } },
        schema: {
          tags: ['pipeline'],
          summary: 'One run with its task tree',
          params: runParams,
          response: { 200: runResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const [run] = await listWorkflowRuns(db.pool, {
          limit: 1,
          offset: 0,
          runId: request.params.id,
        });
        return run ?? reply.code(404).send(notFound(`no run ${request.params.id}`));
      },
    );
    app.get(
      '/api/quality',
      {
        config: { policy: { repositories: 'none' } },
        schema: {
          tags: ['pipeline'],
          summary: 'Data-quality results of the latest run and recent history',
          response: { 200: qualityResponse },
        },
      },
      async () => readQualityReport(db.pool),
    );
  };
