import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type FaultPlan, faultFor, parseFaultPlan } from './fault-plan.ts';
import { answerGraphql } from './graphql-endpoint.ts';
import { RankingDataset } from './ranking-dataset.ts';
import { GITHUB_RATE_LIMITS, type RateLimitSettings, RateLimits, type RateResource } from './rate-limits.ts';
import { ReplayWorld } from './replay-world.ts';
import { matchesRepoSearch, parseRepoSearch, sortRepos } from './search-query.ts';
import * as synth from './synthesized-details.ts';

export interface ReplayOptions {
  date?: string;
  faults?: string | FaultPlan;
  rateLimits?: Partial<RateLimitSettings>;
  dataset?: RankingDataset;
  /** Extra copies of every repository, for benchmarks (see RankingDataset.load). */
  scale?: number;
}

export interface RunningReplay {
  url: string;
  world: ReplayWorld;
  /** Requests answered, by resource, and 304s (which GitHub does not count). */
  stats: { requests: number; notModified: number; byResource: Record<string, number> };
  setDate(date: string): void;
  setFaults(faults: string | FaultPlan): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: unknown;
  resource: RateResource;
  cost?: number;
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';

/**
 * The offline GitHub: a local HTTP server that answers the REST and GraphQL
 * calls gitpulse makes, from the real ranking data, with GitHub's headers
 * (Link, ETag/304, x-ratelimit-*, retry-after) and injectable faults.
 */
export async function startReplay(
  options: ReplayOptions = {},
  listen: { port?: number; host?: string } = {},
): Promise<RunningReplay> {
  const dataset = options.dataset ?? RankingDataset.load({ scale: options.scale });
  const date = options.date ?? dataset.lastDate;
  assertDate(dataset, date);
  const app = Fastify({ logger: false, bodyLimit: 5 * 1024 * 1024 });
  const world = new ReplayWorld(dataset, '', date);
  const limits = new RateLimits({ ...GITHUB_RATE_LIMITS, ...options.rateLimits });
  let plan = typeof options.faults === 'object' ? options.faults : parseFaultPlan(options.faults);
  const stats = { requests: 0, notModified: 0, byResource: {} as Record<string, number> };

  const handle =
    (route: (request: FastifyRequest) => Answer) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const n = ++stats.requests;
      const fault = faultFor(plan, n);
      if (plan.latencyMs) await sleep(plan.latencyMs);
      if (fault.kind === 'timeout') {
        await sleep(30_000, undefined, { ref: false }).catch(() => {});
        if (!reply.sent) reply.code(504).send({ message: 'Gateway timeout' });
        return;
      }
      if (fault.kind === 'secondary') {
        reply
          .code(403)
          .header('retry-after', '1')
          .send({
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
          });
        return;
      }
      if (fault.kind === 'server-error') {
        reply
          .code(fault.status)
          .send({ message: fault.status === 502 ? 'Server Error' : 'Service Unavailable' });
        return;
      }
      const answer = route(request);
      if (fault.kind === 'rate-limit') limits.exhaust(answer.resource, plan.rateLimitResetSeconds);

      const json = JSON.stringify(answer.body);
      const etag = `W/"${createHash('sha1').update(json).digest('hex')}"`;
      // An exhausted quota refuses even conditional requests; a 304 otherwise costs nothing.
      const exhausted = limits.snapshot(answer.resource).remaining < (answer.cost ?? 1);
      if (!exhausted && answer.status === 200 && request.headers['if-none-match'] === etag) {
        stats.notModified++;
        reply.code(304).headers(limits.headers(answer.resource)).header('etag', etag).send();
        return;
      }
      if (exhausted || !limits.spend(answer.resource, answer.cost ?? 1)) {
        reply
          .code(403)
          .headers(limits.headers(answer.resource))
          .send({
            message: 'API rate limit exceeded for user ID 1.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          });
        return;
      }
      stats.byResource[answer.resource] = (stats.byResource[answer.resource] ?? 0) + (answer.cost ?? 1);
      reply.headers(limits.headers(answer.resource));
      reply
        .code(answer.status)
        .headers(answer.headers ?? {})
        .header('content-type', 'application/json; charset=utf-8');
      if (answer.status === 200)
        reply.header('etag', etag).header('cache-control', 'private, max-age=60, s-maxage=60');
      reply.send(fault.kind === 'malformed' ? json.slice(0, Math.max(1, Math.floor(json.length / 2))) : json);
    };

  const notFound = (resource: RateResource = 'core'): Answer => ({
    status: 404,
    resource,
    body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
  });

  type Params = Record<string, string>;
  type Query = Record<string, string | undefined>;
  const params = (request: FastifyRequest) => request.params as Params;
  const query = (request: FastifyRequest) => request.query as Query;

  app.get(
    '/rate_limit',
    handle(() => ({
      status: 200,
      resource: 'core',
      cost: 0,
      body: {
        resources: Object.fromEntries(
          (['core', 'search', 'graphql', 'code_search'] as const).map((r) => [r, limits.snapshot(r)]),
        ),
        rate: limits.snapshot('core'),
      },
    })),
  );

  app.get(
    '/repos/:owner/:repo',
    handle((request) => {
      const state = world.find(params(request).owner ?? '', params(request).repo ?? '');
      return state ? { status: 200, resource: 'core', body: world.restRepo(state) } : notFound();
    }),
  );

  app.get(
    '/repos/:owner/:repo/languages',
    handle((request) => {
      const state = world.find(params(request).owner ?? '', params(request).repo ?? '');
      return state ? { status: 200, resource: 'core', body: world.languages(state) } : notFound();
    }),
  );

  app.get(
    '/repos/:owner/:repo/readme',
    handle((request) => {
      const state = world.find(params(request).owner ?? '', params(request).repo ?? '');
      if (!state) return notFound();
      return {
        status: 200,
        resource: 'core',
        body: contentFile(state.repo.fullName, 'README.md', synth.readme(state.repo)),
      };
    }),
  );

  app.get(
    '/repos/:owner/:repo/contents/*',
    handle((request) => {
      const state = world.find(params(request).owner ?? '', params(request).repo ?? '');
      const path = params(request)['*'] ?? '';
      const blueprint = state && path === 'render.yaml' ? synth.renderBlueprint(state.repo) : null;
      if (!state || !blueprint) return notFound();
      return { status: 200, resource: 'core', body: contentFile(state.repo.fullName, path, blueprint) };
    }),
  );

  app.get(
    '/repos/:owner/:repo/pulls',
    handle((request) => {
      const state = world.find(params(request).owner ?? '', params(request).repo ?? '');
      if (!state) return notFound();
      const wanted = query(request).state ?? 'open';
      const pulls = synth
        .pullRequests(state.repo, world.date)
        .filter((pr) => wanted === 'all' || pr.state === wanted)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((pr) => restPull(state.repo.fullName, pr));
      return page(request, pulls, 'core');
    }),
  );

  app.get(
    '/repos/:owner/:repo/pulls/:number/files',
    handle((request) => {
      const state = world.find(params(request).owner ?? '', params(request).repo ?? '');
      const pr =
        state &&
        synth.pullRequests(state.repo, world.date).find((p) => p.number === Number(params(request).number));
      if (!pr) return notFound();
      return page(
        request,
        pr.files.map((file) => ({
          sha: pr.headSha,
          ...file,
          patch: `@@ -1,${file.deletions} +1,${file.additions} @@`,
        })),
        'core',
      );
    }),
  );

  app.get(
    '/orgs/:org/repos',
    handle((request) => {
      const org = (params(request).org ?? '').toLowerCase();
      const states = world.all().filter((s) => s.repo.owner.toLowerCase() === org);
      if (states.length === 0) return notFound();
      const q = query(request);
      const sorted = sortRepos(
        states,
        q.sort === 'updated' || q.sort === 'pushed' ? 'updated' : 'stars',
        q.direction ?? 'desc',
      );
      return page(
        request,
        sorted.map((s) => world.restRepo(s)),
        'core',
      );
    }),
  );

  app.get(
    '/search/repositories',
    handle((request) => {
      const q = query(request);
      if (!q.q) return validationFailed('search', 'q');
      const search = parseRepoSearch(q.q);
      const matches = sortRepos(
        world.all().filter((s) => matchesRepoSearch(s, search)),
        q.sort,
        q.order,
      );
      return searchPage(
        request,
        matches.map((s) => ({ ...world.restRepo(s), score: 1 })),
        'search',
      );
    }),
  );

  app.get(
    '/search/code',
    handle((request) => {
      const q = query(request).q ?? '';
      if (!/filename:render\.yaml/i.test(q)) return searchPage(request, [], 'code_search');
      const hits = sortRepos(
        world.all().filter((s) => synth.renderBlueprint(s.repo) !== null),
        'stars',
        'desc',
      ).map((s) => ({
        name: 'render.yaml',
        path: 'render.yaml',
        sha: synth.stableHash(`blob:${s.repo.fullName}`).toString(16).padEnd(40, '0'),
        url: `/repos/${s.repo.fullName}/contents/render.yaml`,
        html_url: `https://github.com/${s.repo.fullName}/blob/main/render.yaml`,
        repository: minimalRepo(world.restRepo(s)),
        score: 1,
      }));
      return searchPage(request, hits, 'code_search');
    }),
  );

  app.post(
    '/graphql',
    handle((request) => {
      const answer = answerGraphql(
        world,
        limits,
        (request.body ?? {}) as { query?: unknown; variables?: unknown },
      );
      return { status: answer.status, body: answer.body, resource: 'graphql', cost: answer.cost };
    }),
  );

  // Not GitHub: the replay's own controls.
  app.get('/_replay', async () => ({
    date: world.date,
    first: dataset.firstDate,
    last: dataset.lastDate,
    stats,
  }));
  app.put('/_replay/date', async (request, reply) => {
    const next = (request.body as { date?: string } | undefined)?.date ?? '';
    try {
      assertDate(dataset, next);
    } catch (error) {
      return reply.code(422).send({ message: (error as Error).message });
    }
    world.date = next;
    return { date: world.date };
  });

  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).send({ message: 'Not Found', documentation_url: DOCS });
  });

  function page(request: FastifyRequest, items: unknown[], resource: RateResource): Answer {
    const q = query(request);
    const perPage = Math.min(100, Math.max(1, Number(q.per_page ?? 30) || 30));
    const pageNumber = Math.max(1, Number(q.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
    return { status: 200, resource, body: slice, headers: linkHeader(request, pageNumber, last) };
  }

  function searchPage(request: FastifyRequest, items: unknown[], resource: RateResource): Answer {
    const q = query(request);
    const perPage = Math.min(100, Math.max(1, Number(q.per_page ?? 30) || 30));
    const pageNumber = Math.max(1, Number(q.page ?? 1) || 1);
    if ((pageNumber - 1) * perPage >= 1000) {
      return {
        status: 422,
        resource,
        body: {
          message: 'Only the first 1000 search results are available',
          documentation_url: `${DOCS}/search`,
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

  function validationFailed(resource: RateResource, field: string): Answer {
    return {
      status: 422,
      resource,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Search', field, code: 'missing' }],
        documentation_url: `${DOCS}/search`,
      },
    };
  }

  const address = await app.listen({ port: listen.port ?? 0, host: listen.host ?? '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const url = address.startsWith('http') ? `http://127.0.0.1:${port}` : address;
  world.baseUrl = url;
  return {
    url,
    world,
    stats,
    setDate: (next) => {
      assertDate(dataset, next);
      world.date = next;
    },
    setFaults: (faults) => {
      plan = typeof faults === 'object' ? faults : parseFaultPlan(faults);
      stats.requests = 0;
    },
    close: () => closeApp(app),
  };
}

async function closeApp(app: FastifyInstance): Promise<void> {
  app.server.closeAllConnections?.();
  await app.close();
}

function assertDate(dataset: RankingDataset, date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < dataset.firstDate || date > dataset.lastDate) {
    throw new RangeError(
      `The replay has data from ${dataset.firstDate} to ${dataset.lastDate}; ${date || '(none)'} is outside.`,
    );
  }
}

/** Code search items carry a minimal repository: no counts, no dates. */
function minimalRepo(full: Record<string, unknown>) {
  const keys = [
    'id',
    'node_id',
    'name',
    'full_name',
    'private',
    'owner',
    'html_url',
    'description',
    'fork',
    'url',
  ];
  return Object.fromEntries(keys.map((key) => [key, full[key]]));
}

function contentFile(fullName: string, path: string, text: string) {
  const content = Buffer.from(text).toString('base64');
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop(),
    path,
    content,
    sha: createHash('sha1').update(text).digest('hex'),
    url: `/repos/${fullName}/contents/${path}`,
    html_url: `https://github.com/${fullName}/blob/main/${path}`,
    download_url: `https://raw.githubusercontent.com/${fullName}/main/${path}`,
  };
}

function restPull(fullName: string, pr: synth.SyntheticPull) {
  return {
    id: synth.stableHash(`${fullName}#${pr.number}`),
    number: pr.number,
    state: pr.state,
    title: pr.title,
    user: {
      login: pr.author,
      avatar_url: `https://avatars.githubusercontent.com/u/${synth.stableHash(pr.author) % 1e6}`,
    },
    head: { ref: pr.branch, sha: pr.headSha },
    base: { ref: 'main', repo: { full_name: fullName } },
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? pr.updatedAt : null,
    merged_at: pr.merged ? pr.updatedAt : null,
    html_url: `https://github.com/${fullName}/pull/${pr.number}`,
  };
}
