import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { companiesResponse, companyParams, companyResponse, errorResponse } from '../api-schemas.ts';
import { apiQuery } from '../queries/api-query.ts';

const COMPANIES = apiQuery('companies.sql');
const COMPANY = apiQuery('company.sql');

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
