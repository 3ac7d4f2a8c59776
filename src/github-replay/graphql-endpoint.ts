import { readFileSync } from 'node:fs';
import { buildSchema, type DocumentNode, execute, GraphQLError, parse, validate } from 'graphql';
import { graphqlCost } from '../sources/github/graphql-cost.ts';
import type { RateLimits } from './rate-limits.ts';

type QuotaSnapshot = ReturnType<RateLimits['snapshot']>;

import { replayPrivateRepo } from './replay-people.ts';
import { githubIdFromNodeId, type ReplayWorld, type RepoState, repoNodeId } from './replay-world.ts';
import {
  type DeliveryHistory,
  deploymentAsOf,
  type SyntheticDeployment,
  type SyntheticIssue,
} from './synthesized-deployments.ts';
import * as synth from './synthesized-details.ts';
import type { SyntheticPull } from './synthesized-pulls.ts';

const schema = buildSchema(readFileSync(new URL('./replay-schema.graphql', import.meta.url), 'utf8'));

/**
 * Resolves an interface's concrete type from the value's __typename: every node the
 * replay hands out is a Repository; an Actor is a User or a Bot.
 */
for (const typeName of ['Node', 'Actor'] as const) {
  const type = schema.getType(typeName);
  if (type && 'resolveType' in type) type.resolveType = (value: { __typename?: string }) => value.__typename;
}

function repositoryNode(world: ReplayWorld, state: RepoState) {
  const { repo, origin, point } = state;
  const license = synth.license(origin);
  return {
    __typename: 'Repository',
    id: repoNodeId(repo.githubId),
    databaseId: repo.githubId,
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: { login: repo.owner, avatarUrl: synth.avatarUrl(repo.owner) },
    description: repo.description,
    url: `https://github.com/${repo.fullName}`,
    homepageUrl: null,
    stargazerCount: point.stars,
    forkCount: point.forks,
    issues: (args: IssueArgs) => issueConnection(() => world.delivery(state), point.issues, args),
    watchers: { totalCount: Math.round(point.stars / 30) },
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    pushedAt: state.pushedAt,
    primaryLanguage: repo.language
      ? { __typename: 'Language', id: `lang:${repo.language}`, name: repo.language }
      : null,
    languages: ({ first = 100 }: { first?: number }) => {
      const bytes = Object.entries(world.languages(state)).sort((a, b) => b[1] - a[1]);
      return {
        totalCount: bytes.length,
        totalSize: bytes.reduce((sum, [, size]) => sum + size, 0),
        edges: bytes.slice(0, first).map(([name, size]) => ({ size, node: { id: `lang:${name}`, name } })),
      };
    },
    repositoryTopics: ({ first = 20 }: { first?: number }) => {
      const names = synth.topics(origin).slice(0, first);
      return { totalCount: names.length, nodes: names.map((name) => ({ topic: { name } })) };
    },
    licenseInfo: license ? { spdxId: license.spdx_id, name: license.name } : null,
    isArchived: false,
    isFork: false,
    isPrivate: replayPrivateRepo(repo.githubId) !== undefined,
    pullRequests: ({ first = 100, after }: { first?: number; after?: string }) => {
      if (first > 100) throw new Error('Requesting more than 100 pull requests at once is not allowed.');
      // Newest update first, GitHub's orderBy UPDATED_AT DESC; the cursor is the offset.
      const pulls = world.pulls(state).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      const start = after ? Number(Buffer.from(after, 'base64').toString('utf8')) : 0;
      const end = Math.min(pulls.length, start + first);
      return {
        totalCount: pulls.length,
        pageInfo: {
          hasNextPage: end < pulls.length,
          endCursor: end > start ? Buffer.from(String(end)).toString('base64') : null,
        },
        nodes: pulls.slice(start, end).map((pr) => pullRequestNode(repo.fullName, pr)),
      };
    },
    defaultBranchRef: { name: 'main' },
    deployments: (args: DeploymentArgs) => deploymentConnection(world.delivery(state), args),
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const cursorOf = (offset: number) => Buffer.from(String(offset)).toString('base64');

/** A page of a connection, GitHub's way: up to 100 nodes after the cursor (here an offset). */
function connectionPage<T>(items: T[], what: string, first = 100, after?: string | null) {
  if (first > 100) throw new Error(`Requesting more than 100 ${what} at once is not allowed.`);
  const start = after ? Number(Buffer.from(after, 'base64').toString('utf8')) : 0;
  const end = Math.min(items.length, start + first);
  return {
    totalCount: items.length,
    pageInfo: { hasNextPage: end < items.length, endCursor: end > start ? cursorOf(end) : null },
    nodes: items.slice(start, end),
  };
}

interface DeploymentArgs {
  first?: number;
  after?: string | null;
  environments?: string[] | null;
  orderBy?: { field: 'CREATED_AT'; direction: 'ASC' | 'DESC' } | null;
}

/** Repository.deployments: oldest first unless orderBy says otherwise (GitHub's default is CREATED_AT ASC). */
function deploymentConnection(history: DeliveryHistory, args: DeploymentArgs) {
  const chosen = history.deployments.filter(
    (d) => !args.environments?.length || args.environments.includes(d.environment),
  );
  const ordered = args.orderBy?.direction === 'DESC' ? [...chosen].reverse() : chosen;
  const page = connectionPage(ordered, 'deployments', args.first, args.after);
  return { ...page, nodes: page.nodes.map((d) => deploymentNode(d, history.asOf)) };
}

function deploymentNode(deployment: SyntheticDeployment, asOf: number) {
  const { latestStatus, updatedAt } = deploymentAsOf(deployment, asOf);
  return {
    databaseId: deployment.id,
    environment: deployment.environment,
    createdAt: iso(deployment.createdAt),
    updatedAt: iso(updatedAt),
    commitOid: deployment.sha,
    task: 'deploy',
    latestStatus: latestStatus
      ? { state: latestStatus.state, createdAt: iso(latestStatus.at), updatedAt: iso(latestStatus.at) }
      : null,
  };
}

interface IssueArgs {
  first?: number;
  after?: string | null;
  states?: ('OPEN' | 'CLOSED')[] | null;
  labels?: string[] | null;
  orderBy?: { field: 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS'; direction: 'ASC' | 'DESC' } | null;
  filterBy?: {
    since?: string | null;
    labels?: string[] | null;
    states?: ('OPEN' | 'CLOSED')[] | null;
  } | null;
}

/**
 * Repository.issues. Its nodes are the synthesized issues (incidents and
 * others); asked only for a count, by state, it is the rankings' real open
 * issues count, which the refresh reads (without making up any history).
 */
function issueConnection(historyOf: () => DeliveryHistory, realCount: number, args: IssueArgs) {
  let page: ReturnType<typeof issuePage> | undefined;
  const read = () => {
    page ??= issuePage(historyOf(), args);
    return page;
  };
  const counted = !args.filterBy && !args.labels?.length && args.first === undefined;
  return {
    totalCount: () => (counted ? realCount : read().totalCount),
    pageInfo: () => read().pageInfo,
    nodes: () => read().nodes,
  };
}

function issuePage(history: DeliveryHistory, args: IssueArgs) {
  const states = [...(args.states ?? []), ...(args.filterBy?.states ?? [])];
  const labels = [...(args.labels ?? []), ...(args.filterBy?.labels ?? [])];
  const since = args.filterBy?.since ? Date.parse(args.filterBy.since) : null;
  const chosen = history.issues
    .map((issue) => issueAsOf(issue, history))
    .filter(
      (issue) =>
        (!states.length || states.includes(issue.node.state)) &&
        (!labels.length || issue.labels.some((label) => labels.includes(label))) &&
        (since === null || issue.updated >= since),
    );
  const key = args.orderBy?.field === 'UPDATED_AT' ? 'updated' : 'created';
  chosen.sort((a, b) => a[key] - b[key] || a.node.number - b.node.number);
  if (args.orderBy?.direction === 'DESC') chosen.reverse();
  const page = connectionPage(chosen, 'issues', args.first, args.after);
  return { ...page, nodes: page.nodes.map((issue) => issue.node) };
}

function issueAsOf(issue: SyntheticIssue, history: DeliveryHistory) {
  const closed = issue.closedAt !== null && issue.closedAt <= history.asOf ? issue.closedAt : null;
  const updated = closed ?? issue.createdAt;
  return {
    labels: issue.labels,
    created: issue.createdAt,
    updated,
    node: {
      number: issue.number,
      title: issue.title,
      state: closed === null ? ('OPEN' as const) : ('CLOSED' as const),
      createdAt: iso(issue.createdAt),
      updatedAt: iso(updated),
      closedAt: closed === null ? null : iso(closed),
      url: `https://github.com/${history.fullName}/issues/${issue.number}`,
      labels: ({ first = 100 }: { first?: number }) => ({
        totalCount: issue.labels.length,
        nodes: issue.labels.slice(0, first).map((name) => ({ name })),
      }),
    },
  };
}

function pullRequestNode(fullName: string, pr: SyntheticPull) {
  const decision = pr.reviews.at(-1)?.state;
  return {
    number: pr.number,
    title: pr.title,
    state: pr.merged ? 'MERGED' : pr.state === 'closed' ? 'CLOSED' : 'OPEN',
    merged: pr.merged,
    createdAt: pr.createdAt,
    updatedAt: pr.updatedAt,
    closedAt: pr.closedAt,
    mergedAt: pr.mergedAt,
    url: `https://github.com/${fullName}/pull/${pr.number}`,
    author: { __typename: pr.authorType, login: pr.author, avatarUrl: synth.avatarUrl(pr.author) },
    mergeCommit: pr.mergeCommitSha
      ? { oid: pr.mergeCommitSha, authoredDate: pr.mergedAt, statusCheckRollup: null }
      : null,
    headRefName: pr.branch,
    headRefOid: pr.headSha,
    additions: pr.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: pr.files.reduce((sum, f) => sum + f.deletions, 0),
    changedFiles: pr.files.length,
    reviewDecision:
      decision === 'APPROVED' || decision === 'CHANGES_REQUESTED' ? decision : 'REVIEW_REQUIRED',
    files: ({ first = 100 }: { first?: number }) => ({
      totalCount: pr.files.length,
      nodes: pr.files
        .slice(0, first)
        .map((f) => ({ path: f.filename, additions: f.additions, deletions: f.deletions })),
    }),
    reviews: ({ first = 100 }: { first?: number }) => ({
      totalCount: pr.reviews.length,
      nodes: pr.reviews.slice(0, first).map((r) => ({
        databaseId: r.id,
        state: r.state,
        submittedAt: r.submittedAt,
        author: { __typename: 'User', login: r.reviewer, avatarUrl: synth.avatarUrl(r.reviewer) },
      })),
    }),
    // Two commits: the first, authored at firstCommitAt (coding time), and the head,
    // which carries the CI rollup; `first` and `last` take from either end as GitHub does.
    commits: ({ first, last }: { first?: number; last?: number }) => {
      const commits = [
        { commit: { oid: firstCommitOid(pr), authoredDate: pr.firstCommitAt, statusCheckRollup: null } },
        { commit: { oid: pr.headSha, authoredDate: pr.createdAt, statusCheckRollup: { state: pr.checks } } },
      ];
      const nodes =
        first !== undefined ? commits.slice(0, first) : last !== undefined ? commits.slice(-last) : commits;
      return { totalCount: commits.length, nodes };
    },
  };
}

/** A made-up SHA for a PR's first commit, stable across days. */
const firstCommitOid = (pr: SyntheticPull) => `${pr.headSha.slice(0, 32)}f1a5c0de`;

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  cost: number;
}

/** Executes a GraphQL request against the replay world, charging what GitHub's formula says. */
export function answerGraphql(
  world: ReplayWorld,
  /** The asking credential's GraphQL quota, for the rateLimit field. */
  quota: QuotaSnapshot,
  request: { query?: unknown; variables?: unknown },
): GraphqlAnswer {
  if (typeof request.query !== 'string') {
    return {
      status: 400,
      body: { message: 'A query attribute must be specified and must be a string.' },
      cost: 0,
    };
  }
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    return { status: 200, body: { errors: [{ message: (error as GraphQLError).message }] }, cost: 0 };
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    return { status: 200, body: { errors: invalid.map((e) => ({ message: e.message })) }, cost: 0 };
  }
  const variables = (request.variables ?? {}) as Record<string, unknown>;
  const ids = Array.isArray(variables.ids) ? variables.ids.length : 1;
  // what GitHub charges: its documented formula over the query's connections (graphql-cost.ts)
  const cost = graphqlCost(request.query, variables);
  if (ids > 100) {
    return {
      status: 200,
      body: {
        errors: [
          { type: 'EXCESSIVE_PAGINATION', message: 'You may not request more than 100 nodes at once.' },
        ],
      },
      cost: 0,
    };
  }
  const rootValue = {
    // GitHub: an id it cannot resolve (deleted, never existed, not visible to
    // this credential) is null in its place, with a NOT_FOUND error whose path
    // names the position; the other nodes are answered. graphql-js turns an
    // Error in a list into exactly that.
    nodes: ({ ids: nodeIds }: { ids: string[] }) =>
      nodeIds.map((id) => {
        const githubId = githubIdFromNodeId(id);
        const repo = githubId === null ? undefined : world.dataset.repoById(githubId);
        const state = repo ? world.state(repo) : undefined;
        if (state) return repositoryNode(world, state);
        return new GraphQLError(`Could not resolve to a node with the global id of '${id}'`, {
          extensions: { type: 'NOT_FOUND' },
        });
      }),
    node: ({ id }: { id: string }) => rootValue.nodes({ ids: [id] })[0],
    repository: ({ owner, name }: { owner: string; name: string }) => {
      // A name the repository had before a rename resolves to it under its new name, as on GitHub.
      const state = world.find(owner, name);
      // GitHub: the field is null, with an error of type NOT_FOUND beside the data.
      if (!state)
        throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, {
          extensions: { type: 'NOT_FOUND' },
        });
      return repositoryNode(world, state);
    },
    rateLimit: () => {
      const snapshot = quota;
      return {
        cost,
        limit: snapshot.limit,
        nodeCount: ids,
        remaining: snapshot.remaining,
        used: snapshot.used,
        resetAt: new Date(snapshot.reset * 1000).toISOString(),
      };
    },
  };
  const result = execute({ schema, document, rootValue, variableValues: variables }) as {
    data?: unknown;
    errors?: readonly GraphQLError[];
  };
  const body: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors?.length)
    body.errors = result.errors.map((e) => ({
      ...(typeof e.extensions.type === 'string' ? { type: e.extensions.type } : {}),
      path: e.path,
      locations: e.locations,
      message: e.message,
    }));
  return { status: 200, body, cost };
}
