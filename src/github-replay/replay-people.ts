import type { DayPoint, RankedRepo } from './ranking-dataset.ts';

/*
 * The replay's people (SPEC section 6): users to sign in as, two orgs, a team,
 * someone outside every org, and a private repository only some of them may
 * read, so sign-in, allowed orgs and teams, and private repositories can be
 * tried without GitHub. Ids sit far above the ranking data's repository ids.
 */

export interface ReplayOrg {
  login: string;
  id: number;
}

export interface ReplayUser {
  login: string;
  id: number;
  name: string;
  /** Orgs the user belongs to. */
  orgs: string[];
  /** Teams as org/slug. */
  teams: string[];
}

export interface ReplayPrivateRepo {
  fullName: string;
  id: number;
  /** Logins GitHub lets read it. */
  readers: string[];
}

export const REPLAY_ORGS: ReplayOrg[] = [
  { login: 'gitpulse-demo', id: 91_000_001 },
  { login: 'octo-partners', id: 91_000_002 },
];

export const REPLAY_TEAMS = [{ org: 'gitpulse-demo', slug: 'platform', id: 92_000_001, name: 'Platform' }];

export const REPLAY_USERS: ReplayUser[] = [
  {
    login: 'ada',
    id: 90_000_001,
    name: 'Ada (gitpulse-demo, platform team)',
    orgs: ['gitpulse-demo'],
    teams: ['gitpulse-demo/platform'],
  },
  { login: 'grace', id: 90_000_002, name: 'Grace (gitpulse-demo)', orgs: ['gitpulse-demo'], teams: [] },
  { login: 'linus', id: 90_000_003, name: 'Linus (octo-partners)', orgs: ['octo-partners'], teams: [] },
  { login: 'margaret', id: 90_000_004, name: 'Margaret (no org)', orgs: [], teams: [] },
];

export const REPLAY_PRIVATE_REPOS: ReplayPrivateRepo[] = [
  { fullName: 'gitpulse-demo/roadmap', id: 93_000_001, readers: ['ada', 'grace'] },
];

export const replayPrivateRepo = (githubId: number) =>
  REPLAY_PRIVATE_REPOS.find((repo) => repo.id === githubId);

/**
 * The private repositories as ranked repositories of the replay's world, with
 * a day's numbers on every date and in no list: GitHub's trending never shows
 * them, a tracked org's listing and the GraphQL lookups do.
 */
export function privateRepoHistories(dates: readonly string[]): { repo: RankedRepo; points: DayPoint[] }[] {
  return REPLAY_PRIVATE_REPOS.map((privateRepo) => {
    const [owner = '', name = ''] = privateRepo.fullName.split('/');
    return {
      repo: {
        githubId: privateRepo.id,
        owner,
        name,
        fullName: privateRepo.fullName,
        language: 'TypeScript',
        description: 'What the team builds next (private)',
        firstSeen: dates[0] ?? '',
      },
      points: dates.map((date, day) => ({
        date,
        stars: 12 + day,
        forks: 2,
        issues: 5,
        lastCommit: `${date}T09:00:00Z`,
        lists: '',
      })),
    };
  });
}

export const findReplayUser = (login: string) =>
  REPLAY_USERS.find((user) => user.login.toLowerCase() === login.toLowerCase());
