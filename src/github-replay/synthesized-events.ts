/**
 * GH Archive hours made from the real daily ranking deltas: each repository's
 * star gain of a day becomes WatchEvents and its fork gain ForkEvents, spread
 * over the day's 24 hours; a push on its last-commit time. Shapes follow
 * GitHub's Events API as GH Archive stores it since the 2025-10-07 trimming
 * (WatchEvent `{action: "started"}`, PushEvent without commits).
 */

import { addDays, DAY_MS } from '../calendar-days.ts';
import type { RankingDataset } from './ranking-dataset.ts';
import { stableHash } from './synthesized-details.ts';

/**
 * Capture is partial on purpose, as GH Archive's is in 2026: one star in
 * WATCH_CAPTURE reaches the file (the pick is deterministic per star), forks
 * all do. The activity page's coverage figure is what measures that gap.
 */
export const WATCH_CAPTURE = 0.2;

/** The part of a day's total that falls in hour h, so the 24 parts add up to the total. */
const hourShare = (total: number, hour: number) =>
  Math.floor((total * (hour + 1)) / 24) - Math.floor((total * hour) / 24);

interface Actor {
  id: number;
  login: string;
  display_login: string;
  gravatar_id: string;
  url: string;
  avatar_url: string;
}

function actorFor(seed: string): Actor {
  const id = 10_000_000 + (stableHash(seed) % 190_000_000);
  const login = `user-${id.toString(36)}`;
  return {
    id,
    login,
    display_login: login,
    gravatar_id: '',
    url: `https://api.github.com/users/${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?`,
  };
}

interface DayDelta {
  repo: RankingDataset['repos'][number];
  today: NonNullable<ReturnType<RankingDataset['pointAt']>>;
  starGain: number;
  forkGain: number;
}

// The 24 hours of a day share its deltas: computed once per day (an import reads hours in order).
const deltaCache = new WeakMap<RankingDataset, { date: string; deltas: DayDelta[] }>();

function dayDeltas(dataset: RankingDataset, date: string, previous: string): DayDelta[] {
  const cached = deltaCache.get(dataset);
  if (cached?.date === date) return cached.deltas;
  const deltas: DayDelta[] = [];
  for (const repo of dataset.repos) {
    const today = dataset.pointAt(repo.githubId, date);
    const before = dataset.pointAt(repo.githubId, previous);
    if (today?.date !== date || before?.date !== previous) continue;
    deltas.push({
      repo,
      today,
      starGain: Math.max(0, today.stars - before.stars),
      forkGain: Math.max(0, today.forks - before.forks),
    });
  }
  deltaCache.set(dataset, { date, deltas });
  return deltas;
}

/** The events of one hour (UTC) as GH Archive lines, oldest first; null when the data does not cover it. */
export function synthesizeHour(dataset: RankingDataset, hour: Date): string[] | null {
  const date = hour.toISOString().slice(0, 10);
  const h = hour.getUTCHours();
  const previous = addDays(date, -1);
  if (date > dataset.lastDate || previous < dataset.firstDate) return null;
  const events: { at: number; line: string }[] = [];
  const dayNumber = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  for (const { repo, today, starGain, forkGain } of dayDeltas(dataset, date, previous)) {
    const repoRef = {
      id: repo.githubId,
      name: repo.fullName,
      url: `https://api.github.com/repos/${repo.fullName}`,
    };
    const org = { id: stableHash(`owner:${repo.owner.toLowerCase()}`) % 100_000_000, login: repo.owner };
    const emit = (kind: number, index: number, type: string, payload: unknown, seed: string) => {
      const second = stableHash(`${seed}:t`) % 3600;
      const at = hour.getTime() + second * 1000;
      // Digits only, like GitHub's ids, and unique by construction: day, hour, kind, repository, index.
      const id = `${dayNumber}${String(h).padStart(2, '0')}${kind}${String(repo.githubId).padStart(8, '0')}${String(index).padStart(5, '0')}`;
      const line = JSON.stringify({
        id,
        type,
        actor: actorFor(seed),
        repo: repoRef,
        payload,
        public: true,
        created_at: new Date(at).toISOString().replace('.000Z', 'Z'),
        org: { ...org, gravatar_id: '', url: `https://api.github.com/orgs/${repo.owner}`, avatar_url: '' },
      });
      events.push({ at, line });
    };
    const stars = hourShare(starGain, h);
    const starOffset = Math.floor((starGain * h) / 24);
    for (let i = 0; i < stars; i++) {
      const seed = `${repo.githubId}:${date}:star:${starOffset + i}`;
      if ((stableHash(seed) % 1000) / 1000 < WATCH_CAPTURE)
        emit(1, i, 'WatchEvent', { action: 'started' }, seed);
    }
    const forks = hourShare(forkGain, h);
    for (let i = 0; i < forks; i++) {
      const seed = `${repo.githubId}:${date}:${h}:fork:${i}`;
      const forker = actorFor(seed);
      emit(
        2,
        i,
        'ForkEvent',
        {
          forkee: {
            id: 900_000_000 + (stableHash(`${seed}:forkee`) % 90_000_000),
            name: repo.name,
            full_name: `${forker.login}/${repo.name}`,
            private: false,
            owner: { login: forker.login, id: forker.id, type: 'User' },
            fork: true,
            public: true,
          },
        },
        seed,
      );
    }
    if (today.lastCommit.slice(0, 13) === hour.toISOString().slice(0, 13)) {
      const seed = `${repo.githubId}:${today.lastCommit}:push`;
      const head = stableHash(`${seed}:head`).toString(16).padStart(8, '0').repeat(5);
      const base = stableHash(`${seed}:before`).toString(16).padStart(8, '0').repeat(5);
      emit(
        3,
        0,
        'PushEvent',
        {
          repository_id: repo.githubId,
          push_id: 20_000_000_000 + (stableHash(seed) % 1_000_000_000),
          ref: 'refs/heads/main',
          head,
          before: base,
        },
        seed,
      );
    }
  }
  return events.sort((a, b) => a.at - b.at).map((event) => event.line);
}
