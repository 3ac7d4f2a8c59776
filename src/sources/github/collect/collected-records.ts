/**
 * What collectors hand to the write phase: the JSON exactly as GitHub sent it
 * (landed in raw), with the few keys the pipeline needs to route it.
 */
export type RepoSource = 'orgs' | 'trending' | 'render' | 'refresh';

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
  /** The PR object of the list endpoint with its files under `files`. */
  apiResponse: unknown;
}

export interface Collection {
  repos: CollectedRepo[];
  details: CollectedDetail[];
  pulls: CollectedPull[];
  /** New incremental state per source key, committed only with the run. */
  state: Map<string, { lastRun: string; cursor: Record<string, unknown> }>;
}

export function emptyCollection(): Collection {
  return { repos: [], details: [], pulls: [], state: new Map() };
}
