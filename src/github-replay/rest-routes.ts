import type { FastifyInstance, FastifyRequest } from 'fastify';
import { compareObject, workflowRunObject } from './delivery-objects.ts';
import { answerGraphql } from './graphql-endpoint.ts';
import { credentialOf, type RateLimits } from './rate-limits.ts';
import type { answerLikeGitHub } from './replay-answer.ts';
import { page, searchPage, wrappedPage } from './replay-pagination.ts';
import type { ReplayWorld } from './replay-world.ts';
import { contentFile, minimalRepo, movedPermanently, notFound, validationFailed } from './rest-objects.ts';
import { matchesDateQualifier, matchesRepoSearch, parseRepoSearch, sortRepos } from './search-query.ts';
import { compareCommits } from './synthesized-deployments.ts';
import * as synth from './synthesized-details.ts';
import { StarHistoryModels, starHistoryWeeks } from './synthesized-star-history.ts';

type Params = Record<string, string>;
type Query = Record<string, string | undefined>;
const params = (request: FastifyRequest) => request.params as Params;
const REPO_PATH = /^\/repos\/([^/?]+)\/([^/?]+)(.*)$/;
const REPOSITORY_BY_ID = /^\/repositories\/(\d+)(.*)$/;

/**
 * GET /repositories/{id}/…, where GitHub's redirects of old names lead, served
 * as the same call under the repository's name on the day (a Fastify rewriteUrl).
 */
export function repositoryByIdUrl(world: ReplayWorld, url: string): string {
  const match = REPOSITORY_BY_ID.exec(url);
  const state = match ? world.byId(Number(match[1])) : undefined;
  return match && state ? `/repos/${state.repo.fullName}${match[2]}` : url;
}
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

  // A renamed or transferred repository's old name: every REST call under it
  // answers 301 to the same call under /repositories/{id}, as GitHub's do.
  app.addHook('onRequest', async (request, reply) => {
    const match = REPO_PATH.exec(request.url);
    if (!match) return;
    const [, owner = '', repo = '', rest = ''] = match;
    const id = world.movedAway(decodeURIComponent(owner), decodeURIComponent(repo));
    if (id === undefined) return;
    await answer(() => movedPermanently(`${world.baseUrl}/repositories/${id}${rest}`))(request, reply);
    return reply;
  });

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
        body: contentFile(state.repo.fullName, 'README.md', synth.readme(state.origin)),
      };
    }),
  );

  app.get(
    '/repos/:owner/:repo/contents/*',
    answer((request) => {
      const state = repoOf(request);
      const path = params(request)['*'] ?? '';
      const blueprint = state && path === 'render.yaml' ? synth.renderBlueprint(state.origin) : null;
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
      return page(request, starHistoryWeeks(starModels, state.origin, world.date), 'core', 30);
    }),
  );

  app.get(
    '/repos/:owner/:repo/actions/runs',
    answer((request) => {
      const state = repoOf(request);
      if (!state) return notFound();
      const q = query(request);
      const history = world.delivery(state);
      // Newest first, as GitHub lists them; every run of the replay is on main.
      const runs = history.workflowRuns
        .map((run) => workflowRunObject(world, state, run, history.asOf))
        .filter(
          (run) =>
            (!q.branch || q.branch === run.head_branch) &&
            (!q.event || q.event === run.event) &&
            (!q.status || q.status === run.status || q.status === run.conclusion) &&
            (!q.head_sha || q.head_sha === run.head_sha) &&
            (!q.created || matchesDateQualifier(run.created_at, q.created)),
        )
        .reverse();
      return wrappedPage(request, 'workflow_runs', runs, 'core');
    }),
  );

  app.get(
    '/repos/:owner/:repo/compare/:basehead',
    answer((request) => {
      const state = repoOf(request);
      const basehead = params(request).basehead ?? '';
      const [base, head, extra] = basehead.split('...');
      if (!state || !base || !head || extra !== undefined) return notFound();
      const history = world.delivery(state);
      // An unknown commit is a 404, as GitHub answers it.
      const result = compareCommits(history, base, head);
      return result
        ? { status: 200, resource: 'core', body: compareObject(world, history, basehead, result) }
        : notFound();
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
        world.all().filter((s) => synth.renderBlueprint(s.origin) !== null),
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
