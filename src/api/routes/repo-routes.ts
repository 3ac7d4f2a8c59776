import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { errorResponse, repoParams, repoResponse } from '../api-schemas.ts';
import { apiQuery } from '../queries/api-query.ts';

const REPO = apiQuery('repo.sql');
const HISTORY = apiQuery('repo-history.sql');

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
        const { rows } = await db.pool.query(REPO, [fullName]);
        if (!rows[0])
          return reply.code(404).send({ error: 'not_found', message: `${fullName} is not tracked` });
        const { github_id: githubId, ...repo } = rows[0];
        const history = (await db.pool.query(HISTORY, [githubId])).rows[0].history;
        return { ...repo, ...history };
      },
    );
  };
