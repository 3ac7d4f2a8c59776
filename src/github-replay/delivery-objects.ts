import type { ReplayWorld, RepoState } from './replay-world.ts';
import { minimalRepo } from './rest-objects.ts';
import type { DeliveryHistory, MainCommit, SyntheticWorkflowRun } from './synthesized-deployments.ts';
import * as synth from './synthesized-details.ts';

/*
 * The REST shapes of the delivery endpoints (GitHub's keys): a workflow run
 * of GET /repos/{o}/{r}/actions/runs and the body of
 * GET /repos/{o}/{r}/compare/{base}...{head}.
 */

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
/** The root commit has no time of its own: it predates every history. */
const commitTime = (commit: MainCommit) =>
  Number.isFinite(commit.at) ? iso(commit.at) : '2020-01-01T00:00:00Z';

function user(world: ReplayWorld, login: string, type: 'User' | 'Bot' = 'User') {
  const id = synth.stableHash(`user:${login}`) % 100_000_000;
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: synth.avatarUrl(login),
    gravatar_id: '',
    url: `${world.baseUrl}/users/${login}`,
    html_url: `https://github.com/${login}`,
    type,
    site_admin: false,
  };
}

const commitMessage = (commit: MainCommit) =>
  commit.pull
    ? `Merge pull request #${commit.pull.number} from ${commit.pull.author}/${commit.pull.branch}\n\n${commit.pull.title}`
    : 'Initial commit';

/** A workflow run as GET /repos/{o}/{r}/actions/runs lists it, as it stands at the end of the day. */
export function workflowRunObject(
  world: ReplayWorld,
  state: RepoState,
  run: SyntheticWorkflowRun,
  asOf: number,
) {
  const api = `${world.baseUrl}/repos/${state.repo.fullName}`;
  const done = run.finishedAt <= asOf;
  const actor = user(world, run.headCommit.pull?.author ?? 'release-bot');
  const repository = minimalRepo(world.restRepo(state));
  const author = { name: run.headCommit.pull?.author ?? 'release-bot', email: 'noreply@github.com' };
  return {
    id: run.id,
    name: run.name,
    node_id: Buffer.from(`04:WorkflowRun${run.id}`).toString('base64'),
    head_branch: 'main',
    head_sha: run.headSha,
    path: run.path,
    display_title: run.name === 'CI' ? (run.headCommit.pull?.title ?? 'CI') : run.name,
    run_number: run.runNumber,
    event: run.event,
    status: done ? 'completed' : 'in_progress',
    conclusion: done ? run.conclusion : null,
    workflow_id: run.workflowId,
    check_suite_id: run.id + 1,
    check_suite_node_id: Buffer.from(`07:CheckSuite${run.id + 1}`).toString('base64'),
    url: `${api}/actions/runs/${run.id}`,
    html_url: `https://github.com/${state.repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: iso(run.createdAt),
    updated_at: iso(done ? run.finishedAt : run.createdAt),
    actor,
    run_attempt: 1,
    referenced_workflows: [],
    run_started_at: iso(run.createdAt),
    triggering_actor: actor,
    jobs_url: `${api}/actions/runs/${run.id}/jobs`,
    logs_url: `${api}/actions/runs/${run.id}/logs`,
    check_suite_url: `${api}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/actions/runs/${run.id}/artifacts`,
    cancel_url: `${api}/actions/runs/${run.id}/cancel`,
    rerun_url: `${api}/actions/runs/${run.id}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: synth.stableHash(`tree:${run.headSha}`).toString(16).padEnd(40, '0'),
      message: commitMessage(run.headCommit),
      timestamp: commitTime(run.headCommit),
      author,
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository,
    head_repository: repository,
  };
}

function commitObject(
  world: ReplayWorld,
  fullName: string,
  commit: MainCommit,
  parent: MainCommit | undefined,
) {
  const api = `${world.baseUrl}/repos/${fullName}`;
  const when = commitTime(commit);
  const login = commit.pull?.author ?? 'octocat';
  const parents = [parent?.sha, commit.pull?.headSha].filter((sha): sha is string => Boolean(sha));
  return {
    sha: commit.sha,
    node_id: Buffer.from(`06:Commit${commit.sha}`).toString('base64'),
    commit: {
      author: { name: login, email: `${login}@users.noreply.github.com`, date: when },
      committer: { name: 'GitHub', email: 'noreply@github.com', date: when },
      message: commitMessage(commit),
      tree: {
        sha: synth.stableHash(`tree:${commit.sha}`).toString(16).padEnd(40, '0'),
        url: `${api}/git/trees/${commit.sha}`,
      },
      url: `${api}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: { verified: true, reason: 'valid', signature: null, payload: null, verified_at: when },
    },
    url: `${api}/commits/${commit.sha}`,
    html_url: `https://github.com/${fullName}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    author: user(world, login, commit.pull?.authorType ?? 'User'),
    committer: user(world, 'web-flow'),
    parents: parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `https://github.com/${fullName}/commit/${sha}`,
    })),
  };
}

/** The answer of GET /repos/{o}/{r}/compare/{base}...{head}: up to 250 commits, oldest first, and their files. */
export function compareObject(
  world: ReplayWorld,
  history: DeliveryHistory,
  basehead: string,
  result: {
    status: 'identical' | 'ahead' | 'behind';
    base: MainCommit;
    head: MainCommit;
    commits: MainCommit[];
  },
) {
  const { fullName } = history;
  const parentOf = (commit: MainCommit) => history.commits[(history.commitIndex.get(commit.sha) ?? 0) - 1];
  const object = (commit: MainCommit) => commitObject(world, fullName, commit, parentOf(commit));
  const [base, head] = basehead.split('...');
  const behind =
    result.status === 'behind'
      ? (history.commitIndex.get(result.base.sha) ?? 0) - (history.commitIndex.get(result.head.sha) ?? 0)
      : 0;
  const files = new Map<
    string,
    { filename: string; status: string; additions: number; deletions: number; changes: number }
  >();
  for (const commit of result.commits)
    for (const file of commit.pull?.files ?? []) {
      const seen = files.get(file.filename);
      files.set(
        file.filename,
        seen
          ? {
              ...seen,
              additions: seen.additions + file.additions,
              deletions: seen.deletions + file.deletions,
              changes: seen.changes + file.changes,
            }
          : { ...file },
      );
    }
  return {
    url: `${world.baseUrl}/repos/${fullName}/compare/${basehead}`,
    html_url: `https://github.com/${fullName}/compare/${basehead}`,
    permalink_url: `https://github.com/${fullName}/compare/${history.fullName.split('/')[0]}:${result.base.sha}...${history.fullName.split('/')[0]}:${result.head.sha}`,
    diff_url: `https://github.com/${fullName}/compare/${base}...${head}.diff`,
    patch_url: `https://github.com/${fullName}/compare/${base}...${head}.patch`,
    base_commit: object(result.base),
    merge_base_commit: object(result.status === 'behind' ? result.head : result.base),
    status: result.status,
    ahead_by: result.commits.length,
    behind_by: behind,
    total_commits: result.commits.length,
    commits: result.commits.slice(0, 250).map(object),
    files: [...files.values()].slice(0, 300),
  };
}
