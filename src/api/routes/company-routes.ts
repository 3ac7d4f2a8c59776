import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readCompanies, readCompany } from '../../analytics/companies.ts';
import type { Database } from '../../db/database.ts';
import { companiesResponse, companyParams, companyResponse, errorResponse } from '../api-schemas.ts';
import { notFound } from '../error-answers.ts';

export const companyRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/companies',
      {
        config: { policy: { repositories: 'public-only', cache: 'until-next-run' } },
        schema: {
          tags: ['companies'],
          summary: 'Tracked organisations with total stars',
          response: { 200: companiesResponse },
        },
      },
      async () => ({ items: await readCompanies(db.pool) }),
    );
    app.get(
      '/api/companies/:org',
      {
        config: { policy: { repositories: 'public-only', cache: 'until-next-run' } },
        schema: {
          tags: ['companies'],
          summary: 'One organisation: totals, most forked repositories, language popularity',
          params: companyParams,
          response: { 200: companyResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const company = await readCompany(db.pool, request.params.org);
        if (!company) {
          return reply.code(404).send(notFound(`${request.params.org} is not a tracked organisation`));
        }
        return company;
      },
    );
  };
