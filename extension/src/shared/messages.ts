import type { EventType } from './settings.ts';

/** What the content script and the options page ask the background worker; it alone talks to the server. */
export type Request =
  | { kind: 'repository-panel'; repository: string }
  | { kind: 'pull-request-panel'; repository: string; number: number }
  | { kind: 'track'; repository: string }
  | { kind: 'event'; type: EventType; repository: string; pr_number?: number }
  | { kind: 'open-options' }
  | { kind: 'device-start' }
  | { kind: 'use-token'; token: string }
  | { kind: 'sign-out' }
  | { kind: 'flush-events' };

/** Why there is nothing to show: each becomes a line and, where it helps, a link to the options page. */
export type Unavailable =
  | { state: 'not-configured' }
  | { state: 'signed-out'; reason: string }
  | { state: 'error'; message: string };

export interface RepositoryFigures {
  repository: string;
  stars: number | null;
  gain_1d: number | null;
  gain_7d: number | null;
  momentum: number | null;
  rank: number | null;
  snapshot_date: string | null;
  created_at: string | null;
  tracked_since: string | null;
  /** Cumulative stars per day from the repository's creation (nulls left out). */
  history: { day: string; stars: number }[];
  delivery: { period_start: string; bands: Record<string, string> } | null;
  views: { views: number; viewers: number; days: number; logins: string[] } | null;
}

export type RepositoryPanel =
  | Unavailable
  | { state: 'not-tracked'; repository: string; canTrack: boolean; login: string }
  | { state: 'ready'; figures: RepositoryFigures };

export interface PullRequestFigures {
  repository: string;
  pr_number: number;
  title: string;
  author: string | null;
  state: string | null;
  stages: { name: string; status: string | null }[];
  deployed_at: string | null;
  insight: { risk_level: string | null; summary: string | null; recommendation: string | null } | null;
}

export type PullRequestPanel =
  | Unavailable
  | { state: 'unknown'; repository: string; number: number }
  | { state: 'ready'; figures: PullRequestFigures };

export type TrackAnswer = Unavailable | { state: 'forbidden' } | { state: 'requested'; status: string };

export type DeviceStart =
  | Unavailable
  | { state: 'started'; user_code: string; verification_uri: string; expires_in: number };
