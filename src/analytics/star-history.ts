import type { Queryable } from '../db/database.ts';
import { readRepoIdentitySql } from './read-repo-identity.queries.ts';
import { readStarSnapshotsSql } from './read-star-snapshots.queries.ts';
import { readStarsGivenSql } from './read-stars-given.queries.ts';

export async function readRepoIdentity(db: Queryable, fullName: string) {
  return (await readRepoIdentitySql.run({ fullName }, db))[0];
}

/** Stars of each snapshot day. */
export function readStarSnapshots(db: Queryable, githubId: number, range: { from: string; to: string }) {
  return readStarSnapshotsSql.run({ githubId, ...range }, db);
}

/** Stars given each day and still there (GitHub's stargazers/history) on the days its answers cover. */
export function readStarsGiven(db: Queryable, githubId: number, range: { from: string; to: string }) {
  return readStarsGivenSql.run({ githubId, ...range }, db);
}

export interface Coverage {
  /** Event-derived stars ÷ the reference's over the days both cover; null without overlap or stars. */
  ratio: number | null;
  /** What the events are measured against: GitHub's star history where it covers them, else the snapshots' gain. */
  reference: 'star_history' | 'snapshots';
  overlap_from: string | null;
  overlap_to: string | null;
  event_star_gain: number;
  reference_star_gain: number;
}

export interface StarHistoryDay {
  day: string;
  /** Stars from a snapshot: exact. */
  snapshot_stars: number | null;
  /** Before tracking began: the first snapshot minus the later events' stars, scaled by 1/coverage. An estimate. */
  estimated_stars: number | null;
}

/**
 * Star history before tracking began, with its coverage stated: a
 * cross-check of GitHub's star history, from events alone. Events are a
 * sample (GH Archive misses days, and most stars in 2026), so the events'
 * stars are compared with a reference over the days both cover: the stars
 * GitHub's star history says were given on those days (`given`), or, where it
 * has not been read, the snapshots' gain. The curve before the first snapshot
 * is walked back from it with the events' daily stars scaled by that ratio.
 * Without overlap there is no estimate.
 */
export function estimateStarHistory(
  eventStars: { day: string; stars: number }[],
  snapshots: { day: string; stars: number }[],
  given: { day: string; stars: number }[] = [],
): { coverage: Coverage; days: StarHistoryDay[] } {
  const byDay = new Map(eventStars.map((e) => [e.day, e.stars]));
  const first = snapshots[0];
  const history = againstStarHistory(eventStars, given);
  const coverage = history?.ratio != null ? history : againstSnapshots(byDay, snapshots);
  const ratio = coverage.ratio;
  const days: StarHistoryDay[] = [];
  if (first && ratio !== null) {
    // Walk back from the first snapshot: each earlier day with events had the later
    // day's stars less that later day's event stars, scaled by the coverage.
    const before = [...byDay.keys()]
      .filter((day) => day < first.day)
      .sort()
      .reverse();
    let estimate = first.stars;
    let laterDay = first.day;
    for (const day of before) {
      estimate -= (byDay.get(laterDay) ?? 0) / ratio;
      laterDay = day;
      days.push({ day, snapshot_stars: null, estimated_stars: Math.max(0, Math.round(estimate)) });
    }
    days.reverse();
  }
  for (const s of snapshots) days.push({ day: s.day, snapshot_stars: s.stars, estimated_stars: null });
  return { coverage, days };
}

const rounded = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 1000);

/** Events' stars ÷ stars given per GitHub, over the days from the first to the last event both cover. */
function againstStarHistory(
  eventStars: { day: string; stars: number }[],
  given: { day: string; stars: number }[],
): Coverage | null {
  const start = given[0]?.day;
  const end = given.at(-1)?.day;
  if (start === undefined || end === undefined) return null;
  const eventDays = eventStars.map((e) => e.day).filter((day) => day >= start && day <= end);
  const from = eventDays.length > 0 ? eventDays.reduce((a, b) => (a < b ? a : b)) : null;
  const to = eventDays.length > 0 ? eventDays.reduce((a, b) => (a > b ? a : b)) : null;
  const within = (day: string) => from !== null && to !== null && day >= from && day <= to;
  const eventGain = eventStars.filter((e) => within(e.day)).reduce((sum, e) => sum + e.stars, 0);
  const referenceGain = given.filter((g) => within(g.day)).reduce((sum, g) => sum + g.stars, 0);
  return {
    ratio: rounded(eventGain > 0 && referenceGain > 0 ? eventGain / referenceGain : null),
    reference: 'star_history',
    overlap_from: from,
    overlap_to: to,
    event_star_gain: eventGain,
    reference_star_gain: referenceGain,
  };
}

/** Events' stars ÷ the snapshots' gain, over the days after the first snapshot up to the last. */
function againstSnapshots(byDay: Map<string, number>, snapshots: { day: string; stars: number }[]): Coverage {
  const first = snapshots[0];
  const last = snapshots.at(-1);
  const overlap = first && last && first.day < last.day;
  let eventGain = 0;
  if (overlap) for (const [day, stars] of byDay) if (day > first.day && day <= last.day) eventGain += stars;
  const snapshotGain = overlap ? last.stars - first.stars : 0;
  return {
    ratio: rounded(overlap && snapshotGain > 0 && eventGain > 0 ? eventGain / snapshotGain : null),
    reference: 'snapshots',
    overlap_from: overlap ? first.day : null,
    overlap_to: overlap ? last.day : null,
    event_star_gain: eventGain,
    reference_star_gain: snapshotGain,
  };
}
