import { addDays, DAY_MS } from '../calendar-days.ts';
import type { RankedRepo } from './ranking-dataset.ts';
import { stableHash } from './synthesized-details.ts';

/*
 * Pull requests the ranking data does not contain, made up from the
 * repository's name. Each PR has a life on the replay's calendar (opened,
 * reviewed, approved, merged or closed at fixed instants), so as the simulated
 * day moves a PR moves through its stages the way a real one does.
 */

export interface SyntheticReview {
  id: number;
  reviewer: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  submittedAt: string;
}

export interface SyntheticPull {
  number: number;
  title: string;
  author: string;
  branch: string;
  headSha: string;
  state: 'open' | 'closed';
  merged: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  /** The reviews submitted by the simulated day's end, oldest first. */
  reviews: SyntheticReview[];
  /** The head commit's combined CI state. */
  checks: 'SUCCESS' | 'FAILURE' | 'PENDING';
  /** GitHub's type of the author: one PR in ten is a dependency bot's. */
  authorType: 'User' | 'Bot';
  /** When the PR's first commit was authored (before it was opened: its coding time). */
  firstCommitAt: string;
  /** The commit its merge made on the default branch; null unless merged. */
  mergeCommitSha: string | null;
  files: { filename: string; status: string; additions: number; deletions: number; changes: number }[];
}

const PR_FILES = [
  'src/index.ts',
  'src/server/handler.ts',
  'README.md',
  'test/handler.test.ts',
  'migrations/0042_add_column.sql',
  '.github/workflows/ci.yml',
  'package.json',
  'src/auth/session.ts',
  'docs/guide.md',
  'src/lib/parse.ts',
];
const HOUR_MS = 3_600_000;
/** How far back PRs are made up: the 40 days before the simulated day. */
const HISTORY_DAYS = 40;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * The PRs of a repository opened in the HISTORY_DAYS before `date` (about
 * `perDay` a day), as they stand at the end of that day: newest first.
 */
export function pullRequests(repo: RankedRepo, date: string, perDay = 0.5): SyntheticPull[] {
  const dayEnd = Date.parse(`${addDays(date, 1)}T00:00:00Z`) - 1000;
  const { interval, offset } = pullSlots(repo, perDay);
  const first = Math.ceil((dayEnd - HISTORY_DAYS * DAY_MS - offset) / interval);
  const last = Math.floor((dayEnd - offset) / interval);
  const pulls: SyntheticPull[] = [];
  for (let k = last; k >= first; k--) pulls.push(pullRequest(repo, k, offset + k * interval, dayEnd));
  return pulls;
}

/** PR k is opened at epoch-anchored slot k, so the same PR keeps its number and life every day. */
function pullSlots(repo: RankedRepo, perDay: number) {
  return { interval: DAY_MS / perDay, offset: (stableHash(`pulls:${repo.fullName}`) % 1000) * HOUR_MS };
}

/** The longest a PR stays open before it merges (its review rounds: under 5 days). */
const LONGEST_LIFE_MS = 5 * DAY_MS;

/**
 * The PRs of a repository merged from `from` to `to` (epoch ms, both included),
 * whatever the simulated day, oldest merge first (then by number): the commits
 * their merges made on the default branch, in order (synthesized-deployments.ts).
 */
export function pullsMergedBetween(
  repo: RankedRepo,
  from: number,
  to: number,
  perDay = 0.5,
): SyntheticPull[] {
  const { interval, offset } = pullSlots(repo, perDay);
  const first = Math.ceil((from - LONGEST_LIFE_MS - offset) / interval);
  const last = Math.floor((to - offset) / interval);
  const merged: SyntheticPull[] = [];
  for (let k = first; k <= last; k++) {
    const pr = pullRequest(repo, k, offset + k * interval, Number.POSITIVE_INFINITY);
    const at = pr.mergedAt ? Date.parse(pr.mergedAt) : Number.NaN;
    if (at >= from && at <= to) merged.push(pr);
  }
  return merged.sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number);
}

/** The merge commit of a synthesized PR: the same for the replay's PRs, deployments and compares. */
export const mergeCommitSha = (fullName: string, number: number) =>
  (
    stableHash(`merge:${fullName}#${number}`).toString(16).padStart(8, '0') +
    stableHash(`merge-tail:${fullName}#${number}`).toString(16).padStart(8, '0')
  ).padEnd(40, 'a');

function pullRequest(repo: RankedRepo, k: number, opened: number, asOf: number): SyntheticPull {
  const hash = stableHash(`${repo.fullName}#${k}`);
  const number = 1 + (k % 100_000);
  const fileCount = 1 + (hash % 5);
  const files = Array.from({ length: fileCount }, (_, f) => {
    const additions = (hash >>> f) % 400;
    const deletions = (hash >>> (f + 3)) % 120;
    return {
      filename: PR_FILES[(hash + f * 7) % PR_FILES.length] as string,
      status: 'modified',
      additions,
      deletions,
      changes: additions + deletions,
    };
  });
  const unique = [...new Map(files.map((file) => [file.filename, file])).values()];
  // Its life: a first review 2–40 h after opening, one in three asks for changes (a second
  // round a day later), then approval and merge; one in six is closed unmerged instead.
  const firstReview = opened + (2 + (hash % 38)) * HOUR_MS;
  const changesRequested = hash % 3 === 0;
  const approval = firstReview + (changesRequested ? 24 : 2) * HOUR_MS + (hash % 20) * HOUR_MS;
  const abandoned = hash % 6 === 1;
  const end = approval + (1 + (hash % 30)) * HOUR_MS;
  const reviewer = `reviewer-${hash % 17}`;
  const reviewId = hash % 2_000_000_000; // GraphQL's Int is 32-bit
  const planned: SyntheticReview[] = [
    {
      id: reviewId,
      reviewer,
      state: changesRequested || abandoned ? 'CHANGES_REQUESTED' : 'COMMENTED',
      submittedAt: iso(firstReview),
    },
    ...(abandoned
      ? []
      : [{ id: reviewId + 1, reviewer, state: 'APPROVED' as const, submittedAt: iso(approval) }]),
  ];
  const reviews = planned.filter((review) => Date.parse(review.submittedAt) <= asOf);
  const bot = hash % 10 === 7;
  const ended = end <= asOf;
  const merged = ended && !abandoned;
  const lastEvent = Math.max(opened, ...reviews.map((r) => Date.parse(r.submittedAt)), ended ? end : 0);
  return {
    number,
    title: `Improve ${unique[0]?.filename ?? 'code'} (#${number})`,
    author: bot ? 'dependabot[bot]' : `contributor-${hash % 50}`,
    authorType: bot ? 'Bot' : 'User',
    firstCommitAt: iso(opened - (1 + (hash % 47)) * HOUR_MS),
    mergeCommitSha: merged ? mergeCommitSha(repo.fullName, number) : null,
    branch: `feature/change-${number}`,
    headSha: (hash.toString(16).padStart(8, '0') + stableHash(`sha${k}${repo.fullName}`).toString(16)).padEnd(
      40,
      '0',
    ),
    state: ended ? 'closed' : 'open',
    merged,
    createdAt: iso(opened),
    updatedAt: iso(lastEvent),
    closedAt: ended ? iso(end) : null,
    mergedAt: merged ? iso(end) : null,
    reviews,
    checks: abandoned ? 'FAILURE' : asOf - opened < 3 * HOUR_MS ? 'PENDING' : 'SUCCESS',
    files: unique,
  };
}
