import type { FastifyRequest } from 'fastify';
import type { RateResource } from './rate-limits.ts';
import type { Answer } from './replay-answer.ts';
import { GITHUB_DOCS } from './rest-objects.ts';

type Query = Record<string, string | undefined>;

const pageParams = (request: FastifyRequest, maxPerPage = 100) => {
  const q = request.query as Query;
  return {
    perPage: Math.min(maxPerPage, Math.max(1, Number(q.per_page ?? 30) || 30)),
    pageNumber: Math.max(1, Number(q.page ?? 1) || 1),
  };
};

/** A list endpoint's page (per_page ≤ 100, or the endpoint's own cap) with GitHub's Link header. */
export function page(
  request: FastifyRequest,
  items: unknown[],
  resource: RateResource,
  maxPerPage = 100,
): Answer {
  const { perPage, pageNumber } = pageParams(request, maxPerPage);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return { status: 200, resource, body: slice, headers: linkHeader(request, pageNumber, last) };
}

/** A page of a list GitHub wraps with its total, e.g. `{ total_count, workflow_runs }`, with the Link header. */
export function wrappedPage(
  request: FastifyRequest,
  key: string,
  items: unknown[],
  resource: RateResource,
): Answer {
  const { perPage, pageNumber } = pageParams(request);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  return {
    status: 200,
    resource,
    body: { total_count: items.length, [key]: items.slice((pageNumber - 1) * perPage, pageNumber * perPage) },
    headers: linkHeader(request, pageNumber, last),
  };
}

/** A search page: total_count, items, and the first 1,000 results only (422 beyond). */
export function searchPage(request: FastifyRequest, items: unknown[], resource: RateResource): Answer {
  const { perPage, pageNumber } = pageParams(request);
  if ((pageNumber - 1) * perPage >= 1000) {
    return {
      status: 422,
      resource,
      body: {
        message: 'Only the first 1000 search results are available',
        documentation_url: `${GITHUB_DOCS}/search`,
      },
    };
  }
  const available = items.slice(0, 1000);
  const last = Math.max(1, Math.ceil(available.length / perPage));
  return {
    status: 200,
    resource,
    body: {
      total_count: items.length,
      incomplete_results: false,
      items: available.slice((pageNumber - 1) * perPage, pageNumber * perPage),
    },
    headers: linkHeader(request, pageNumber, last),
  };
}

function linkHeader(request: FastifyRequest, current: number, last: number): Record<string, string> {
  if (last <= 1) return {};
  const base = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
  const at = (n: number) => {
    base.searchParams.set('page', String(n));
    return base.toString();
  };
  const links: string[] = [];
  if (current > 1) links.push(`<${at(current - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
  if (current < last) links.push(`<${at(current + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  return links.length ? { link: links.join(', ') } : {};
}
