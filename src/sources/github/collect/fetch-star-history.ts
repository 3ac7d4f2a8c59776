import { RequestError } from '@octokit/request-error';
import type { GitHubOctokit } from '../client/github-client.ts';

/** GitHub's most weeks per page of stargazers/history. */
export const STAR_HISTORY_PER_PAGE = 30;

/** A repository whose star history a run reads: a backfill to start or resume, or page 1 to refresh. */
export interface StarHistoryTarget {
  githubId: number;
  fullName: string;
  /** Every page was read once: only page 1 (the recent 30 weeks) is asked for again. */
  complete: boolean;
  /** Where an unfinished backfill resumes (1 for a repository never read). */
  nextPage: number;
  /** ETag of the last page 1, for a conditional refresh. */
  page1Etag: string | null;
}

/** One page as GitHub answered it (200), on its way to raw.github_star_history. */
export interface StarHistoryPage {
  fullName: string;
  githubId: number;
  page: number;
  /** The Link header had rel="next". */
  hasNext: boolean;
  etag: string | null;
  fetchedAt: string;
  apiResponse: unknown;
}

/** What became of one repository. */
export interface StarHistoryOutcome {
  target: StarHistoryTarget;
  pages: StarHistoryPage[];
  /** Page 1 answered 304: nothing changed in the recent 30 weeks. */
  notModified: boolean;
  /** 404: gone, renamed past a redirect, or not visible to these credentials. */
  missing: boolean;
  /** The oldest page was read in this run. */
  finished: boolean;
}

const hasNextLink = (link: unknown) => typeof link === 'string' && /rel="next"/.test(link);

/**
 * GET /repos/{owner}/{repo}/stargazers/history for each target in order:
 * a backfill reads page after page until the Link header has no next page,
 * a complete repository only page 1 with If-None-Match. Stops once `budget`
 * pages were answered 200 (a 304 costs no quota and is not counted); a
 * backfill cut off there resumes at its next page in a later run. Conditional
 * requests are made here, not by the shared HTTP cache, whose stored bodies
 * would make every run hold every repository's page 1.
 */
export async function* fetchStarHistory(
  octokit: GitHubOctokit,
  targets: Iterable<StarHistoryTarget>,
  budget: number,
): AsyncGenerator<StarHistoryOutcome> {
  let spent = 0;
  for (const target of targets) {
    if (spent >= budget) return;
    const [owner, repo] = target.fullName.split('/') as [string, string];
    const outcome: StarHistoryOutcome = {
      target,
      pages: [],
      notModified: false,
      missing: false,
      finished: false,
    };
    let page = target.complete ? 1 : target.nextPage;
    for (;;) {
      const conditional = page === 1 && target.page1Etag ? { 'if-none-match': target.page1Etag } : {};
      let response: { data: unknown; headers: Record<string, unknown> };
      try {
        response = await octokit.request('GET /repos/{owner}/{repo}/stargazers/history', {
          owner,
          repo,
          per_page: STAR_HISTORY_PER_PAGE,
          page,
          headers: conditional,
          request: { conditional: false },
        });
      } catch (error) {
        if (error instanceof RequestError && error.status === 304) outcome.notModified = true;
        else if (error instanceof RequestError && error.status === 404) outcome.missing = true;
        else throw error;
        break;
      }
      spent += 1;
      const hasNext = hasNextLink(response.headers.link);
      outcome.pages.push({
        fullName: target.fullName,
        githubId: target.githubId,
        page,
        hasNext,
        etag: typeof response.headers.etag === 'string' ? response.headers.etag : null,
        fetchedAt: new Date().toISOString(),
        apiResponse: response.data,
      });
      if (!hasNext) {
        outcome.finished = true;
        break;
      }
      if (target.complete || spent >= budget) break;
      page += 1;
    }
    yield outcome;
  }
}
