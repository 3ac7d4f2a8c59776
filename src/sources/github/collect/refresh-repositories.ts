import type { GitHubOctokit } from '../client/github-client.ts';
import { graphqlRepositoryPayload } from '../payloads/repository-payload.ts';
import type { CollectedDetail, CollectedRepo } from './collected-records.ts';
import { readGraphqlDocument } from './graphql-document.ts';
import { queryGraphql } from './graphql-partial-answer.ts';

export const REFRESH_REPOSITORIES_QUERY = readGraphqlDocument(
  import.meta.url,
  './refresh-repositories.graphql',
);
export const GRAPHQL_BATCH_SIZE = 100;

/** A repository asked for by node id that GitHub no longer resolves (deleted, or not visible to us). */
export interface GoneRepository {
  nodeId: string;
  /** GitHub's NOT_FOUND message for it. */
  reason: string;
}

export interface RefreshedBatch {
  repos: CollectedRepo[];
  languages: CollectedDetail[];
  gone: GoneRepository[];
}

/**
 * Re-reads known repositories by node id, 100 per GraphQL query: stars,
 * forks, issues, topics, license and bytes per language in one point per
 * batch, where REST would need two requests per repository. Yields each
 * batch's answers as it arrives, so a caller can spool them instead of
 * holding a million repositories in memory.
 */
export async function* refreshRepositories(
  octokit: GitHubOctokit,
  nodeIds: Iterable<string> | AsyncIterable<string>,
): AsyncGenerator<RefreshedBatch> {
  let ids: string[] = [];
  for await (const id of nodeIds) {
    ids.push(id);
    if (ids.length === GRAPHQL_BATCH_SIZE) {
      yield await refreshBatch(octokit, ids);
      ids = [];
    }
  }
  if (ids.length > 0) yield await refreshBatch(octokit, ids);
}

async function refreshBatch(octokit: GitHubOctokit, ids: string[]): Promise<RefreshedBatch> {
  const batch: RefreshedBatch = { repos: [], languages: [], gone: [] };
  const { data, notFound } = await queryGraphql<{ nodes: (unknown | null)[] }>(
    octokit,
    REFRESH_REPOSITORIES_QUERY,
    { ids },
  );
  // each NOT_FOUND error names its position: ['nodes', index]
  const reasons = new Map(notFound.map((e) => [e.path[1], e.message]));
  data.nodes.forEach((node, index) => {
    if (!node) {
      const nodeId = ids[index] as string;
      batch.gone.push({
        nodeId,
        reason: reasons.get(index) ?? `Could not resolve to a node with the global id of '${nodeId}'`,
      });
      return;
    }
    const parsed = graphqlRepositoryPayload.safeParse(node);
    const fullName = parsed.success
      ? parsed.data.nameWithOwner
      : String((node as { nameWithOwner?: unknown }).nameWithOwner ?? '');
    batch.repos.push({
      fullName,
      githubId: parsed.success ? parsed.data.databaseId : null,
      nodeId: ids[index] as string,
      source: 'refresh',
      sourceLanguage: null,
      format: 'graphql',
      apiResponse: node,
    });
    if (parsed.success && parsed.data.languages) {
      // Landed in the shape of REST's GET /languages ({name: bytes}) so one staging rule reads both.
      const bytes = Object.fromEntries(
        parsed.data.languages.edges.flatMap((edge) => (edge ? [[edge.node.name, edge.size]] : [])),
      );
      batch.languages.push({ fullName, detail: 'languages', apiResponse: bytes });
    }
  });
  return batch;
}
