import { daysBetween } from '../calendar-days.ts';
import type { DayPoint, RankedRepo, RankingDataset } from './ranking-dataset.ts';
import { replayPrivateRepo } from './replay-people.ts';
import { type DeliveryHistory, deliveryHistory } from './synthesized-deployments.ts';
import * as synth from './synthesized-details.ts';
import { pullRequests, type SyntheticPull } from './synthesized-pulls.ts';

/** GitHub's legacy global node id for a repository: base64("010:Repository<id>"). */
export const repoNodeId = (githubId: number) => Buffer.from(`010:Repository${githubId}`).toString('base64');

export function githubIdFromNodeId(nodeId: string): number | null {
  const match = /^010:Repository(\d+)$/.exec(Buffer.from(nodeId, 'base64').toString('utf8'));
  return match ? Number(match[1]) : null;
}

const STALE_AFTER_DAYS = 14;

export interface RepoState {
  /** The repository under its name on the world's day (a rename's new name from its day on). */
  repo: RankedRepo;
  /**
   * The repository as the rankings name it: what the synthesized details,
   * pulls, delivery and star history are derived from, so a rename keeps them.
   */
  origin: RankedRepo;
  point: DayPoint;
  createdAt: string;
  updatedAt: string;
  pushedAt: string;
}

/** A rename the replay cannot make: the repository is not in its data, or the new name is not owner/name. */
export class ReplayRenameError extends Error {}

/** A repository renamed or transferred (a new owner) from a day on. */
export interface ReplayRename {
  to: string;
  on: string;
}

/**
 * GitHub as it looked on one simulated day: repositories seen in the rankings
 * on or before that day, with that day's numbers (or their last ranked numbers
 * when they dropped out of every list).
 */
export class ReplayWorld {
  private readonly deletedOn = new Map<string, string>();
  private readonly renamedOn = new Map<number, { repo: RankedRepo; on: string }>();
  private readonly renamedTo = new Map<string, number>();

  constructor(
    readonly dataset: RankingDataset,
    /** Known only once the server listens (its port). */
    public baseUrl: string,
    public date: string,
    /** Pull requests opened per repository and day (synthesized-pulls.ts). */
    readonly pullsPerDay = 0.5,
    /**
     * Repositories deleted on GitHub: full name (any case) → the first day they
     * are gone. From that day on GitHub resolves neither their name nor their
     * node id, which is what a daily run meets when an owner deletes one.
     */
    deletions: Readonly<Record<string, string>> = {},
    /**
     * Repositories renamed or transferred on GitHub: old full name → the new
     * one and its first day. From that day on the repository answers to its
     * new name with the same ids; its old name is what GitHub redirects
     * (REST 301 to /repositories/{id}, GraphQL resolves it to the new name).
     */
    renames: Readonly<Record<string, ReplayRename>> = {},
  ) {
    for (const [fullName, day] of Object.entries(deletions)) this.deletedOn.set(fullName.toLowerCase(), day);
    for (const [fullName, { to, on }] of Object.entries(renames)) {
      const repo = dataset.repoByFullName(fullName);
      const [owner = '', name = ''] = to.split('/');
      if (!repo || !owner || !name)
        throw new ReplayRenameError(`The replay cannot rename ${fullName} to ${to}.`);
      this.renamedOn.set(repo.githubId, { repo: { ...repo, owner, name, fullName: to }, on });
      this.renamedTo.set(to.toLowerCase(), repo.githubId);
    }
  }

  /** The repository under its name on the world's day. */
  private named(repo: RankedRepo): RankedRepo {
    const renamed = this.renamedOn.get(repo.githubId);
    return renamed && renamed.on <= this.date ? renamed.repo : repo;
  }

  /** The repository's pull requests as they stand at the end of the day, newest first. */
  pulls(state: RepoState): SyntheticPull[] {
    return pullRequests(state.origin, this.date, this.pullsPerDay);
  }

  /** The repository's deployments, issues, workflow runs and main's commits by the end of the day. */
  delivery(state: RepoState): DeliveryHistory {
    return deliveryHistory(state.origin, this.date, this.pullsPerDay);
  }

  get dayIndex(): number {
    return Math.max(0, this.dataset.dates.indexOf(this.date));
  }

  state(repo: RankedRepo): RepoState | undefined {
    const deleted = this.deletedOn.get(repo.fullName.toLowerCase());
    if (deleted !== undefined && deleted <= this.date) return undefined;
    const point = this.dataset.pointAt(repo.githubId, this.date);
    // Unranked for over two weeks: renamed, deleted or far below every list.
    // Serving its old numbers would rank it above the day's real leaders.
    if (!point || daysBetween(point.date, this.date) > STALE_AFTER_DAYS) return undefined;
    const previous = this.dataset.previousPoint(repo.githubId, this.date);
    const changed =
      !previous ||
      previous.stars !== point.stars ||
      previous.forks !== point.forks ||
      previous.issues !== point.issues;
    // Starring bumps updated_at on GitHub: a repo whose numbers moved was updated on its point's day.
    const bumped = changed
      ? `${point.date}T12:00:00Z`
      : previous
        ? `${previous.date}T12:00:00Z`
        : point.lastCommit;
    const updatedAt = bumped > point.lastCommit ? bumped : point.lastCommit;
    return {
      repo: this.named(repo),
      origin: repo,
      point,
      createdAt: synth.createdAt(repo, this.dataset.firstDate),
      updatedAt,
      pushedAt: point.lastCommit,
    };
  }

  /**
   * The repository a name resolves to on the world's day: its current name or,
   * as GitHub redirects them, a name it had before a rename.
   */
  find(owner: string, name: string): RepoState | undefined {
    const fullName = `${owner}/${name}`.toLowerCase();
    const renamedId = this.renamedTo.get(fullName);
    // Before its day, a rename's new name is nobody's.
    const repo =
      renamedId === undefined
        ? this.dataset.repoByFullName(fullName)
        : (this.renamedOn.get(renamedId)?.on ?? '') <= this.date
          ? this.dataset.repoById(renamedId)
          : undefined;
    return repo ? this.state(repo) : undefined;
  }

  /** The id of the repository a name belonged to before its rename, once renamed: REST answers it 301. */
  movedAway(owner: string, name: string): number | undefined {
    const state = this.find(owner, name);
    return state && state.repo.fullName.toLowerCase() !== `${owner}/${name}`.toLowerCase()
      ? state.repo.githubId
      : undefined;
  }

  /** A repository by id (GET /repositories/{id}), under its name on the day. */
  byId(githubId: number): RepoState | undefined {
    const repo = this.dataset.repoById(githubId);
    return repo ? this.state(repo) : undefined;
  }

  all(): RepoState[] {
    const states: RepoState[] = [];
    for (const repo of this.dataset.repos) {
      const state = this.state(repo);
      if (state) states.push(state);
    }
    return states;
  }

  /** The REST representation of a repository (GET /repos/{owner}/{repo}). */
  restRepo(state: RepoState): Record<string, unknown> {
    const { repo, origin, point } = state;
    const api = `${this.baseUrl}/repos/${repo.fullName}`;
    const html = `https://github.com/${repo.fullName}`;
    const ownerId = synth.stableHash(`owner:${repo.owner.toLowerCase()}`) % 100_000_000;
    const license = synth.license(origin);
    return {
      id: repo.githubId,
      node_id: repoNodeId(repo.githubId),
      name: repo.name,
      full_name: repo.fullName,
      private: replayPrivateRepo(repo.githubId) !== undefined,
      owner: {
        login: repo.owner,
        id: ownerId,
        node_id: Buffer.from(`012:Organization${ownerId}`).toString('base64'),
        avatar_url: `https://avatars.githubusercontent.com/u/${ownerId}?v=4`,
        gravatar_id: '',
        url: `${this.baseUrl}/users/${repo.owner}`,
        html_url: `https://github.com/${repo.owner}`,
        type: 'Organization',
        site_admin: false,
      },
      html_url: html,
      description: repo.description,
      fork: false,
      url: api,
      forks_url: `${api}/forks`,
      keys_url: `${api}/keys{/key_id}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      teams_url: `${api}/teams`,
      hooks_url: `${api}/hooks`,
      issue_events_url: `${api}/issues/events{/number}`,
      events_url: `${api}/events`,
      assignees_url: `${api}/assignees{/user}`,
      branches_url: `${api}/branches{/branch}`,
      tags_url: `${api}/tags`,
      blobs_url: `${api}/git/blobs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      trees_url: `${api}/git/trees{/sha}`,
      statuses_url: `${api}/statuses/{sha}`,
      languages_url: `${api}/languages`,
      stargazers_url: `${api}/stargazers`,
      contributors_url: `${api}/contributors`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      commits_url: `${api}/commits{/sha}`,
      git_commits_url: `${api}/git/commits{/sha}`,
      comments_url: `${api}/comments{/number}`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      contents_url: `${api}/contents/{+path}`,
      compare_url: `${api}/compare/{base}...{head}`,
      merges_url: `${api}/merges`,
      archive_url: `${api}/{archive_format}{/ref}`,
      downloads_url: `${api}/downloads`,
      issues_url: `${api}/issues{/number}`,
      pulls_url: `${api}/pulls{/number}`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      labels_url: `${api}/labels{/name}`,
      releases_url: `${api}/releases{/id}`,
      deployments_url: `${api}/deployments`,
      created_at: state.createdAt,
      updated_at: state.updatedAt,
      pushed_at: state.pushedAt,
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `${html}.git`,
      svn_url: html,
      homepage: null,
      size: Math.round(
        Object.values(synth.languageBytes(origin, this.dayIndex)).reduce((a, b) => a + b, 0) / 1024,
      ),
      stargazers_count: point.stars,
      watchers_count: point.stars,
      language: repo.language,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: point.forks,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: point.issues,
      license: license
        ? { ...license, url: `${this.baseUrl}/licenses/${license.key}`, node_id: 'MDc6TGljZW5zZTA=' }
        : null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: synth.topics(origin),
      visibility: replayPrivateRepo(repo.githubId) ? 'private' : 'public',
      forks: point.forks,
      open_issues: point.issues,
      watchers: point.stars,
      default_branch: 'main',
      permissions: { admin: false, maintain: false, push: false, triage: false, pull: true },
      temp_clone_token: '',
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_rebase_merge: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      use_squash_pr_title_as_default: false,
      organization: {
        login: repo.owner,
        id: ownerId,
        type: 'Organization',
        url: `${this.baseUrl}/orgs/${repo.owner}`,
      },
      network_count: point.forks,
      subscribers_count: Math.round(point.stars / 30),
    };
  }

  languages(state: RepoState): Record<string, number> {
    return synth.languageBytes(state.origin, this.dayIndex);
  }
}
