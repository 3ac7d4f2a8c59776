import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { readRepository } from '../../analytics/repositories.ts';
import type { Database } from '../../db/database.ts';
import { errorResponse, repoParams, repoResponse } from '../api-schemas.ts';

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
  };
