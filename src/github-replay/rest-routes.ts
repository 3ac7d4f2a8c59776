import type { FastifyInstance, FastifyRequest } from 'fastify';
import { answerGraphql } from './graphql-endpoint.ts';
import { credentialOf, type RateLimits } from './rate-limits.ts';
import type { answerLikeGitHub } from './replay-answer.ts';
import { page, searchPage } from './replay-pagination.ts';
import type { ReplayWorld } from './replay-world.ts';
import { contentFile, minimalRepo, notFound, validationFailed } from './rest-objects.ts';
import { matchesRepoSearch, parseRepoSearch, sortRepos } from './search-query.ts';
import * as synth from './synthesized-details.ts';
import { StarHistoryModels, starHistoryWeeks } from './synthesized-star-history.ts';

type Params = Record<string, string>;
type Query = Record<string, string | undefined>;
const params = (request: FastifyRequest) => request.params as Params;
const query = (request: FastifyRequest) => request.query as Query;

/** The REST and GraphQL endpoints gitpulse calls, answered from the world's day. */
export function registerRestRoutes(
  app: FastifyInstance,
  world: ReplayWorld,
  limits: RateLimits,
  answer: ReturnType<typeof answerLikeGitHub>,
): void {
  const repoOf = (request: FastifyRequest) =>
    world.find(params(request).owner ?? '', params(request).repo ?? '');
  const starModels = new StarHistoryModels(world.dataset);

  app.get(
    '/rate_limit',
    answer((request) => ({
      status: 200,
      resource: 'core',
      cost: 0,
      body: {
        resources: Object.fromEntries(
          (['core', 'search', 'graphql', 'code_search'] as const).map((r) => [
            r,
            limits.snapshot(r, credentialOf(request)),
          ]),
        ),
        rate: limits.snapshot('core', credentialOf(request)),
      },
    })),
  );

  app.get(
    '/repos/:owner/:repo',
    answer((request) => {
      const state = repoOf(request);
      return state ? { status: 200, resource: 'core', body: world.restRepo(state) } : notFound();
    }),
  );

  app.get(
    '/repos/:owner/:repo/languages',
    answer((request) => {
      const state = repoOf(request);
      return state ? { status: 200, resource: 'core', body: world.languages(state) } : notFound();
    }),
  );

  app.get(
    '/repos/:owner/:repo/readme',
    answer((request) => {
      const state = repoOf(request);
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
    answer((request) => {
      const state = repoOf(request);
      const path = params(request)['*'] ?? '';
      const blueprint = state && path === 'render.yaml' ? synth.renderBlueprint(state.repo) : null;
      if (!state || !blueprint) return notFound();
      return { status: 200, resource: 'core', body: contentFile(state.repo.fullName, path, blueprint) };
    }),
  );

  app.get(
    '/repos/:owner/:repo/stargazers/history',
    answer((request) => {
      const state = repoOf(request);
      if (!state) return notFound();
      if (Number(query(request).page ?? 1) > 100)
        return validationFailed('core', 'page', 'StargazerHistory', 'invalid');
      return page(request, starHistoryWeeks(starModels, state.repo, world.date), 'core', 30);
    }),
  );

  app.get(
    '/orgs/:org/repos',
    answer((request) => {
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
    answer((request) => {
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
    answer((request) => {
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
    answer((request) => {
      const result = answerGraphql(
        world,
        limits.snapshot('graphql', credentialOf(request)),
        (request.body ?? {}) as { query?: unknown; variables?: unknown },
      );
      return { status: result.status, body: result.body, resource: 'graphql', cost: result.cost };
    }),
  );
}
