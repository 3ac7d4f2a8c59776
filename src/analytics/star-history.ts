import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';

const READ_SNAPSHOTS = sqlFile(import.meta.url, 'read-star-snapshots.sql');
const READ_IDENTITY = sqlFile(import.meta.url, 'read-repo-identity.sql');

export async function readRepoIdentity(
  db: Queryable,
  fullName: string,
): Promise<{ github_id: number; repo_full_name: string; tracked_since: string | null } | undefined> {
  return (await db.query(READ_IDENTITY, [fullName])).rows[0];
}

export async function readStarSnapshots(
  db: Queryable,
  githubId: number,
  range: { from: string; to: string },
): Promise<{ day: string; stars: number }[]> {
  return (await db.query<{ day: string; stars: number }>(READ_SNAPSHOTS, [githubId, range.from, range.to]))
    .rows;
}

export interface Coverage {
  /** Event-derived star gain ÷ snapshot-derived gain over the days both cover; null without overlap or gain. */
  ratio: number | null;
  overlap_from: string | null;
  overlap_to: string | null;
  event_star_gain: number;
  snapshot_star_gain: number;
}

export interface StarHistoryDay {
  day: string;
  /** Stars from a snapshot: exact. */
  snapshot_stars: number | null;
  /** Before tracking began: the first snapshot minus the later events' stars, scaled by 1/coverage. An estimate. */
  estimated_stars: number | null;
}

/**
 * Star history before tracking began, with its coverage stated. Events are
 * a sample (GH Archive misses days, and most stars in 2026), so the events'
 * star gain is compared with the snapshots' over the days both cover, and the
 * curve before the first snapshot is walked back from it with the events'
 * daily stars scaled by that ratio. Without overlap there is no estimate.
 */
export function estimateStarHistory(
  eventStars: { day: string; stars: number }[],
  snapshots: { day: string; stars: number }[],
): { coverage: Coverage; days: StarHistoryDay[] } {
  const byDay = new Map(eventStars.map((e) => [e.day, e.stars]));
  const first = snapshots[0];
  const last = snapshots.at(-1);
  let eventGain = 0;
  if (first && last)
    for (const [day, stars] of byDay) if (day > first.day && day <= last.day) eventGain += stars;
  const snapshotGain = first && last ? last.stars - first.stars : 0;
  const ratio =
    first && last && first.day < last.day && snapshotGain > 0 && eventGain > 0
      ? eventGain / snapshotGain
      : null;
  const coverage: Coverage = {
    ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
    overlap_from: first && last && first.day < last.day ? first.day : null,
    overlap_to: first && last && first.day < last.day ? last.day : null,
    event_star_gain: eventGain,
    snapshot_star_gain: snapshotGain,
  };
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
