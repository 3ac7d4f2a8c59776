import { addDays, DAY_MS } from '../calendar-days.ts';
import type { RankedRepo } from './ranking-dataset.ts';
import { stableHash } from './synthesized-details.ts';
import { pullsMergedBetween, type SyntheticPull } from './synthesized-pulls.ts';

/*
 * A repository's delivery history, which the ranking data does not contain:
 * production (and staging) deployments, the commits each shipped, failed
 * deployments and their fixes, incident issues and other issues, and the
 * default branch's workflow runs. Made up from the repository's name on the
 * replay's calendar, like synthesized-pulls.ts: releases sit on epoch days
 * and hours, so a deployment keeps its id, time, commit and outcome whatever
 * the simulated day, and only what happened by that day's end is shown.
 *
 * Each repository gets one cadence, a DORA band by deployment frequency
 * (days with a successful production deployment): elite deploys on every
 * weekday (5–6 days a week), high two or three days a week, medium every 18
 * days (at least monthly, in fewer than half of the weeks), low every 80 days
 * (in fewer than half of the months). And one mechanism: GitHub deployments
 * (two in three repositories), or workflow runs named "Deploy to production"
 * on main, never both, so no deployment is counted twice.
 */

export type DoraBand = 'elite' | 'high' | 'medium' | 'low';
export type DeliveryMechanism = 'deployments' | 'workflow_runs';

export interface DeliveryProfile {
  band: DoraBand;
  mechanism: DeliveryMechanism;
}

export type DeploymentState = 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE' | 'INACTIVE';

export interface SyntheticDeploymentStatus {
  state: DeploymentState;
  /** Epoch ms. */
  at: number;
}

export interface SyntheticDeployment {
  /** GitHub's databaseId (a 32-bit Int): unique within the repository, the same every day. */
  id: number;
  environment: 'production' | 'staging';
  /** A planned release, the fix after a failed one, or the hotfix after an incident. */
  purpose: 'release' | 'fix' | 'hotfix' | 'staging';
  createdAt: number;
  /** The head of main when it started: the merge commit of the last PR merged before. */
  sha: string;
  /** Every status it will get, oldest first (GitHub marks a superseded success INACTIVE). */
  statuses: SyntheticDeploymentStatus[];
}

export interface SyntheticIssue {
  number: number;
  title: string;
  labels: string[];
  createdAt: number;
  closedAt: number | null;
}

/** A commit on main: a PR's merge commit, or the root all history starts from. */
export interface MainCommit {
  sha: string;
  at: number;
  pull: SyntheticPull | null;
}

export interface SyntheticWorkflowRun {
  id: number;
  name: 'CI' | 'Deploy to production';
  path: string;
  workflowId: number;
  runNumber: number;
  event: 'push' | 'workflow_dispatch';
  headSha: string;
  /** The commit's message and author date (head_commit). */
  headCommit: MainCommit;
  createdAt: number;
  finishedAt: number;
  conclusion: 'success' | 'failure';
}

export interface DeliveryHistory {
  fullName: string;
  profile: DeliveryProfile;
  /** The end of the simulated day: what happened by then is shown. */
  asOf: number;
  /** Deployments created by asOf, oldest first (none for a workflow-run repository). */
  deployments: SyntheticDeployment[];
  /** Issues opened by asOf, oldest first: incidents and the rest. */
  issues: SyntheticIssue[];
  /** Workflow runs on main created by asOf, oldest first. */
  workflowRuns: SyntheticWorkflowRun[];
  /** main's commits by asOf, oldest first, and each one's place. */
  commits: MainCommit[];
  commitIndex: Map<string, number>;
}

/** How far back a repository's delivery history goes from the simulated day. */
export const DELIVERY_HISTORY_DAYS = 180;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The day numbering issue and run numbers count from (2020-01-01). */
const EPOCH_DAY_2020 = 18_262;
const BANDS: readonly DoraBand[] = ['elite', 'high', 'medium', 'low'];
/** Failed releases and releases that cause an incident, in percent, per band. */
const OUTCOMES: Record<DoraBand, { failed: number; incident: number }> = {
  elite: { failed: 4, incident: 4 },
  high: { failed: 8, incident: 8 },
  medium: { failed: 12, incident: 15 },
  low: { failed: 20, incident: 30 },
};
const OTHER_LABELS = [['bug'], ['enhancement'], ['documentation'], ['question'], ['bug', 'good first issue']];
const OTHER_TITLES = [
  'Crash when the config file is empty',
  'Support a proxy for outgoing requests',
  'Document the upgrade steps',
  'How do I run this behind a load balancer?',
  'Typo in the error message for a missing token',
];

export function deliveryProfile(fullName: string): DeliveryProfile {
  const hash = stableHash(`delivery:${fullName}`);
  return {
    band: BANDS[hash % BANDS.length] as DoraBand,
    mechanism: (hash >>> 8) % 3 === 0 ? 'workflow_runs' : 'deployments',
  };
}

/** Release times (epoch ms) on epoch day `day`, by the repository's band. */
function releasesOn(fullName: string, band: DoraBand, day: number): number[] {
  const hash = stableHash(`release:${fullName}:${day}`);
  const weekday = (day + 4) % 7; // 0 is Sunday: 1970-01-01 was a Thursday
  const at = (hour: number, minute: number) => day * DAY_MS + hour * HOUR + minute * MINUTE;
  const cadence = stableHash(`cadence:${fullName}`);
  let count = 0;
  if (band === 'elite') count = weekday >= 1 && weekday <= 5 ? 1 + (hash % 3) : weekday === 6 ? hash % 2 : 0;
  else if (band === 'high')
    count = weekday === 2 || weekday === 4 || (weekday === 1 && hash % 3 === 0) ? 1 : 0;
  else if (band === 'medium') count = (day + cadence) % 18 === 0 ? 1 : 0;
  else count = (day + cadence) % 80 === 0 ? 1 : 0;
  return Array.from({ length: count }, (_, i) =>
    at(14 + 3 * i + ((hash >>> 3) % 2), (hash >>> (5 + 5 * i)) % 50),
  );
}

/** Histories are asked for page after page of the same day: keep the recent ones. */
const cache = new Map<string, DeliveryHistory>();
const CACHE_SIZE = 512;

/** A repository's delivery history as it stands at the end of `date`. */
export function deliveryHistory(repo: RankedRepo, date: string, perDay = 0.5): DeliveryHistory {
  const key = `${repo.fullName}|${date}|${perDay}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const history = buildHistory(repo, date, perDay);
  cache.set(key, history);
  return history;
}

function buildHistory(repo: RankedRepo, date: string, perDay: number): DeliveryHistory {
  const { fullName } = repo;
  const profile = deliveryProfile(fullName);
  const asOf = Date.parse(`${addDays(date, 1)}T00:00:00Z`) - 1000;
  const from = asOf - DELIVERY_HISTORY_DAYS * DAY_MS;
  // Commits a month before the first release (its base) to two days past the day (fixes planned then).
  const root: MainCommit = { sha: commitSha(`root:${fullName}`), at: Number.NEGATIVE_INFINITY, pull: null };
  const planned: MainCommit[] = [
    root,
    ...pullsMergedBetween(repo, from - 30 * DAY_MS, asOf + 2 * DAY_MS, perDay).map((pull) => ({
      sha: pull.mergeCommitSha as string,
      at: Date.parse(pull.mergedAt as string),
      pull,
    })),
  ];
  const headAt = (time: number): MainCommit => {
    let low = 0;
    let high = planned.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((planned[mid] as MainCommit).at <= time) low = mid;
      else high = mid - 1;
    }
    return planned[low] as MainCommit;
  };

  const idBase = (stableHash(`deployment-ids:${fullName}`) % 5000) * 400_000;
  const rates = OUTCOMES[profile.band];
  const deployments: SyntheticDeployment[] = [];
  const incidents: SyntheticIssue[] = [];
  const deploy = (
    slot: number,
    day: number,
    purpose: SyntheticDeployment['purpose'],
    createdAt: number,
    outcome: 'SUCCESS' | 'FAILURE',
    minutes: number,
  ) => {
    const deployment: SyntheticDeployment = {
      id: idBase + day * 16 + slot,
      environment: purpose === 'staging' ? 'staging' : 'production',
      purpose,
      createdAt,
      sha: headAt(createdAt).sha,
      statuses: [
        { state: 'IN_PROGRESS', at: createdAt },
        { state: outcome, at: createdAt + minutes * MINUTE },
      ],
    };
    deployments.push(deployment);
    return deployment;
  };

  for (let day = Math.floor(from / DAY_MS); day <= Math.floor(asOf / DAY_MS); day++) {
    releasesOn(fullName, profile.band, day).forEach((time, i) => {
      if (time < from) return;
      const hash = stableHash(`outcome:${fullName}:${day}:${i}`);
      const roll = hash % 100;
      if (profile.mechanism === 'deployments' && (hash >>> 7) % 2 === 0)
        deploy(4 + i, day, 'staging', time - 40 * MINUTE, 'SUCCESS', 6);
      const failed = roll < rates.failed;
      const release = deploy(
        i,
        day,
        'release',
        time,
        failed ? 'FAILURE' : 'SUCCESS',
        4 + ((hash >>> 9) % 15),
      );
      const finished = (release.statuses[1] as SyntheticDeploymentStatus).at;
      if (failed) {
        // A failed release, then the fix one to four hours later.
        deploy(8 + i, day, 'fix', finished + (1 + ((hash >>> 11) % 4)) * HOUR, 'SUCCESS', 5);
      } else if (roll < rates.failed + rates.incident) {
        // A release that went out and broke something: an incident, a hotfix, the incident closed.
        const opened = finished + (20 + ((hash >>> 13) % 60)) * MINUTE;
        deploy(12 + i, day, 'hotfix', opened + (30 + ((hash >>> 15) % 90)) * MINUTE, 'SUCCESS', 5);
        incidents.push({
          number: 100_000 + (day - EPOCH_DAY_2020) * 4 + i,
          title: `Incident: errors in production after deploying ${release.sha.slice(0, 7)}`,
          labels: ['incident', (hash >>> 17) % 2 ? 'sev2' : 'sev3'],
          createdAt: opened,
          closedAt: opened + (2 + ((hash >>> 19) % 70)) * HOUR,
        });
      }
    });
  }
  deployments.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  // GitHub marks a successful deployment INACTIVE when a later one to its environment succeeds.
  for (const environment of ['production', 'staging']) {
    let previous: SyntheticDeployment | undefined;
    for (const deployment of deployments.filter((d) => d.environment === environment)) {
      const final = deployment.statuses[1] as SyntheticDeploymentStatus;
      if (final.state !== 'SUCCESS') continue;
      previous?.statuses.push({ state: 'INACTIVE', at: final.at });
      previous = deployment;
    }
  }

  const commits = planned.filter((commit) => commit.at <= asOf);
  const workflowRuns = [
    ...commits.flatMap((commit) => (commit.pull ? [ciRun(fullName, commit)] : [])),
    ...(profile.mechanism === 'workflow_runs'
      ? deployments.map((d) => deployRun(fullName, d, headAt(d.createdAt)))
      : []),
  ]
    .filter((run) => run.createdAt <= asOf)
    .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);

  const issues = [...incidents, ...otherIssues(fullName, from, asOf)]
    .filter((issue) => issue.createdAt <= asOf)
    .sort((a, b) => a.createdAt - b.createdAt || a.number - b.number);
  return {
    fullName,
    profile,
    asOf,
    deployments: profile.mechanism === 'deployments' ? deployments.filter((d) => d.createdAt <= asOf) : [],
    issues,
    workflowRuns,
    commits,
    commitIndex: new Map(commits.map((commit, index) => [commit.sha, index])),
  };
}

const commitSha = (seed: string) =>
  (
    stableHash(seed).toString(16).padStart(8, '0') + stableHash(`${seed}:tail`).toString(16).padStart(8, '0')
  ).padEnd(40, 'c');

const workflowId = (fullName: string, name: string) =>
  stableHash(`workflow:${fullName}:${name}`) % 100_000_000;

/** The CI run the push of a merge commit to main started. */
function ciRun(fullName: string, commit: MainCommit): SyntheticWorkflowRun {
  const number = commit.pull?.number ?? 0;
  const hash = stableHash(`ci:${fullName}#${number}`);
  return {
    id: 40_000_000_000 + (stableHash(`run-ids:${fullName}`) % 5000) * 400_000 + (number % 400_000),
    name: 'CI',
    path: '.github/workflows/ci.yml',
    workflowId: workflowId(fullName, 'CI'),
    runNumber: number,
    event: 'push',
    headSha: commit.sha,
    headCommit: commit,
    createdAt: commit.at + 5000,
    finishedAt: commit.at + (4 + (hash % 7)) * MINUTE,
    conclusion: 'success',
  };
}

/** A production deployment made by a workflow: "Deploy to production" on main. */
function deployRun(
  fullName: string,
  deployment: SyntheticDeployment,
  head: MainCommit,
): SyntheticWorkflowRun {
  const final = deployment.statuses[1] as SyntheticDeploymentStatus;
  return {
    id: 30_000_000_000 + deployment.id,
    name: 'Deploy to production',
    path: '.github/workflows/deploy.yml',
    workflowId: workflowId(fullName, 'Deploy to production'),
    runNumber: (deployment.id % 400_000) - EPOCH_DAY_2020 * 16,
    event: deployment.purpose === 'release' ? 'push' : 'workflow_dispatch',
    headSha: deployment.sha,
    headCommit: head,
    createdAt: deployment.createdAt,
    finishedAt: final.at,
    conclusion: final.state === 'FAILURE' ? 'failure' : 'success',
  };
}

/** Issues that are not incidents: one every three days, most closed within days. */
function otherIssues(fullName: string, from: number, asOf: number): SyntheticIssue[] {
  const interval = 3 * DAY_MS;
  const offset = (stableHash(`issues:${fullName}`) % 72) * HOUR;
  const issues: SyntheticIssue[] = [];
  for (let k = Math.ceil((from - offset) / interval); k * interval + offset <= asOf; k++) {
    const hash = stableHash(`issue:${fullName}#${k}`);
    const createdAt = offset + k * interval;
    const kind = hash % OTHER_LABELS.length;
    issues.push({
      number: 200_000 + (k % 100_000),
      title: OTHER_TITLES[kind] as string,
      labels: OTHER_LABELS[kind] as string[],
      createdAt,
      closedAt: hash % 3 === 0 ? null : createdAt + (1 + ((hash >>> 4) % 200)) * HOUR,
    });
  }
  return issues;
}

/** The state a deployment shows at `asOf`: its latest status by then. */
export function deploymentAsOf(deployment: SyntheticDeployment, asOf: number) {
  const statuses = deployment.statuses.filter((status) => status.at <= asOf);
  const latest = statuses.at(-1) ?? null;
  return { latestStatus: latest, updatedAt: latest?.at ?? deployment.createdAt };
}

/** What a compare of two commits of main answers: the commits head has that base has not, oldest first. */
export function compareCommits(
  history: DeliveryHistory,
  base: string,
  head: string,
): {
  status: 'identical' | 'ahead' | 'behind';
  base: MainCommit;
  head: MainCommit;
  commits: MainCommit[];
} | null {
  const resolve = (ref: string) =>
    ref === 'main' ? history.commits.length - 1 : history.commitIndex.get(ref);
  const from = resolve(base);
  const to = resolve(head);
  if (from === undefined || to === undefined) return null;
  return {
    status: from === to ? 'identical' : to > from ? 'ahead' : 'behind',
    base: history.commits[from] as MainCommit,
    head: history.commits[to] as MainCommit,
    commits: to > from ? history.commits.slice(from + 1, to + 1) : [],
  };
}
