import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { sqlFile } from '../../db/sql-file.ts';
import { errorResponse, repoParams, repoResponse } from '../api-schemas.ts';

const sql = (name: string) => sqlFile(new URL('../queries/', import.meta.url).href, name);
const REPO = sql('repo.sql');
const HISTORY = sql('repo-history.sql');

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
        const repo = rows[0];
        if (!repo) return reply.code(404).send({ error: 'not_found', message: `${fullName} is not tracked` });
        const history = (await db.pool.query(HISTORY, [repo.github_id])).rows[0].history;
        const {
          github_id: _id,
          repo_full_name,
          description,
          language,
          repo_url,
          render_category,
          topics,
          license_spdx,
          company,
          ...metrics
        } = repo;
        return {
          repo_full_name,
          description,
          language,
          repo_url,
          render_category,
          topics,
          license_spdx,
          company,
          current: metrics.snapshot_date ? metrics : null,
          ...history,
        };
      },
    );
  };
