/**
 * What collectors hand to the write phase: the JSON exactly as GitHub sent it
 * (landed in raw), with the few keys the pipeline needs to route it.
 */

import { restRepositoryPayload } from '../payloads/repository-payload.ts';

export type RepoSource = 'orgs' | 'trending' | 'render' | 'refresh' | 'manual';

export interface CollectedRepo {
  fullName: string;
  githubId: number | null;
  nodeId: string | null;
  source: RepoSource;
  /** The list it came from: a language, an org login, 'render', or null. */
  sourceLanguage: string | null;
  /** 'rest' (repository object) or 'graphql' (Repository node). */
  format: 'rest' | 'graphql';
  apiResponse: unknown;
}

export interface CollectedDetail {
  fullName: string;
  detail: 'languages' | 'readme' | 'render_blueprint';
  apiResponse: unknown;
}

export interface CollectedPull {
  fullName: string;
  number: number;
  /** The PullRequest node of list-pulls.graphql, its repository under `repository` (payloads/pull-request-payload.ts). */
  apiResponse: unknown;
}

/** What raw.github_delivery holds, one GitHub answer a row (migration 0028; delivery-source.ts). */
export type DeliveryKind = 'deployments' | 'workflow_runs' | 'issues' | 'compare';

export interface CollectedDelivery {
  fullName: string;
  kind: DeliveryKind;
  /**
   * deployments, issues: the page's `after` cursor (null on the first page);
   * workflow_runs: the default branch asked for; compare: 'base...head'.
   */
  requestKey: string | null;
  /**
   * deployments, issues: the GraphQL `repository` object of one page (list-deployments.graphql,
   * list-issues.graphql); workflow_runs: the REST body of one page of actions/runs; compare: the
   * REST body of the compare.
   */
  apiResponse: unknown;
}

/**
 * A REST repository object as a collected record. A payload the schema does
 * not accept is still kept (staging rejects it with the reason).
 */
export function collectedRestRepo(
  raw: unknown,
  tag: { source: RepoSource; sourceLanguage: string | null },
): CollectedRepo & { updatedAt: string | null } {
  const parsed = restRepositoryPayload.safeParse(raw);
  return {
    fullName: parsed.success
      ? parsed.data.full_name
      : String((raw as { full_name?: unknown })?.full_name ?? ''),
    githubId: parsed.success ? parsed.data.id : null,
    nodeId: parsed.success ? parsed.data.node_id : null,
    updatedAt: parsed.success ? parsed.data.updated_at : null,
    ...tag,
    format: 'rest',
    apiResponse: raw,
  };
}
