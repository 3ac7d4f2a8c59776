import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { sqlFile } from '../../db/sql-file.ts';
import { companiesResponse, companyParams, companyResponse, errorResponse } from '../api-schemas.ts';

const sql = (name: string) => sqlFile(new URL('../queries/', import.meta.url).href, name);
const COMPANIES = sql('companies.sql');
const COMPANY = sql('company.sql');

export const companyRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/companies',
      {
        schema: {
          tags: ['companies'],
          summary: 'Tracked organisations with total stars',
          response: { 200: companiesResponse },
        },
      },
      async () => ({ items: (await db.pool.query(COMPANIES)).rows }),
    );
    app.get(
      '/api/companies/:org',
      {
        schema: {
          tags: ['companies'],
          summary: 'One organisation: totals, most forked repositories, language popularity',
          params: companyParams,
          response: { 200: companyResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const company = (await db.pool.query(COMPANY, [request.params.org])).rows[0].company;
        if (!company.company) {
          return reply
            .code(404)
            .send({ error: 'not_found', message: `${request.params.org} is not a tracked organisation` });
        }
        return company;
      },
    );
  };
