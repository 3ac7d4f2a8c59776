import { RequestError } from '@octokit/request-error';
import type { GitHubOctokit } from '../client/github-client.ts';
import type { CollectedDelivery } from './collected-records.ts';

/** The keys of a workflow run the delivery source decides on (the rest is landed as GitHub sent it). */
export interface WorkflowRunSummary {
  id: number;
  name: string | null;
  head_branch: string | null;
  head_sha: string;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkflowRunsRead {
  /** 404: the repository is gone or not visible. */
  missing: boolean;
  pages: CollectedDelivery[];
  runs: WorkflowRunSummary[];
}

const hasNextLink = (link: unknown) => typeof link === 'string' && /rel="next"/.test(link);

/**
 * GET /repos/{owner}/{repo}/actions/runs on `branch` (the default branch),
 * created on or after the day of `since` (GitHub's `created` takes dates), 100
 * a page, page after page while the Link header has a next one. Each page is
 * one record, keyed by the branch. Not kept in the HTTP cache: the `created`
 * filter moves every day, so no ETag would match.
 */
export async function listWorkflowRuns(
  octokit: GitHubOctokit,
  fullName: string,
  branch: string,
  since: string,
): Promise<WorkflowRunsRead> {
  const [owner, repo] = fullName.split('/') as [string, string];
  const read: WorkflowRunsRead = { missing: false, pages: [], runs: [] };
  for (let page = 1; ; page += 1) {
    let response: { data: unknown; headers: Record<string, unknown> };
    try {
      response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
        owner,
        repo,
        branch,
        created: `>=${since.slice(0, 10)}`,
        per_page: 100,
        page,
        request: { conditional: false },
      });
    } catch (error) {
      if (error instanceof RequestError && error.status === 404) {
        read.missing = read.pages.length === 0;
        break;
      }
      throw error;
    }
    read.pages.push({ fullName, kind: 'workflow_runs', requestKey: branch, apiResponse: response.data });
    read.runs.push(...((response.data as { workflow_runs?: WorkflowRunSummary[] }).workflow_runs ?? []));
    if (!hasNextLink(response.headers.link)) break;
  }
  return read;
}
