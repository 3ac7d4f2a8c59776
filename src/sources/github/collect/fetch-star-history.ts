import { RequestError } from '@octokit/request-error';
import { pMapIterable, pMapSkip } from 'p-map';
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
  /** Why a page failed once the client's retries were spent; the repository is read again next run. */
  failed: string | null;
}

/** Repositories read at once (pages of one repository follow each other). */
export const STAR_HISTORY_CONCURRENCY = 8;
/** Failed repositories after which a run leaves the rest of its star history to the next run. */
const MAX_FAILED = 5;

const hasNextLink = (link: unknown) => typeof link === 'string' && /rel="next"/.test(link);

/**
 * GET /repos/{owner}/{repo}/stargazers/history for each target, a few
 * repositories at once: a backfill reads page after page until the Link
 * header has no next page, a complete repository only page 1 with
 * If-None-Match. At most `budget` pages are asked for (a 304 costs no quota
 * and is given back); a backfill cut off there resumes at its next page in a
 * later run. A page that still fails after the client's retries (5xx, time
 * out, quota refused) only defers that repository: the run's snapshots do not
 * depend on it, and a backfill already goes on over several runs. After
 * MAX_FAILED such repositories the rest waits too. Outcomes come in target
 * order; targets the budget never reached yield nothing. Conditional requests
 * are made here, not by the shared HTTP cache, whose stored bodies would make
 * every run hold every repository's page 1.
 */
export async function* fetchStarHistory(
  octokit: GitHubOctokit,
  targets: Iterable<StarHistoryTarget>,
  budget: number,
  concurrency = STAR_HISTORY_CONCURRENCY,
): AsyncGenerator<StarHistoryOutcome> {
  let asked = 0;
  let failed = 0;
  const open = () => asked < budget && failed < MAX_FAILED;
  const reachable = function* () {
    for (const target of targets) {
      if (!open()) return;
      yield target;
    }
  };

  const read = async (target: StarHistoryTarget): Promise<StarHistoryOutcome | typeof pMapSkip> => {
    const [owner, repo] = target.fullName.split('/') as [string, string];
    const outcome: StarHistoryOutcome = {
      target,
      pages: [],
      notModified: false,
      missing: false,
      finished: false,
      failed: null,
    };
    for (let page = target.complete ? 1 : target.nextPage; open(); page += 1) {
      asked += 1;
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
        if (!(error instanceof RequestError)) throw error;
        if (error.status === 304) outcome.notModified = true;
        else if (error.status === 404) outcome.missing = true;
        else {
          outcome.failed = error.message;
          failed += 1;
          octokit.log.warn(
            `Star history of ${target.fullName} page ${page} failed (${error.status}: ${error.message}); it is read again next run`,
          );
        }
        // Only answered pages count against the budget: a 304 is free, the others spent nothing useful.
        if (error.status === 304) asked -= 1;
        break;
      }
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
      if (!hasNext) outcome.finished = true;
      if (!hasNext || target.complete) break;
    }
    const reached = outcome.pages.length > 0 || outcome.notModified || outcome.missing || outcome.failed;
    return reached ? outcome : pMapSkip;
  };

  yield* pMapIterable(reachable(), read, { concurrency });
}
