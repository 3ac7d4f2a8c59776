import { DAY_MS } from '../calendar-days.ts';
import type { RankedRepo, RankingDataset } from './ranking-dataset.ts';
import { createdAt, stableHash } from './synthesized-details.ts';

/*
 * GitHub's stargazers/history for a replayed repository: per day, the stars
 * given that day that are still there on the simulated day Q. Inside the
 * ranking window the days follow the real counts: each day's net gain is
 * stars given minus stars removed, with a few removals modelled per day
 * (each takes back one star given on an earlier day, so that day's count
 * goes down once Q passes the removal). Before the window a growth curve
 * from the creation day ends at the window's first real count. Days are
 * calendar days in America/Los_Angeles, weeks start there on Sunday: GitHub
 * does not promise UTC boundaries, and a fake that used them would hide the
 * mistake of assuming so.
 */

export const STAR_HISTORY_TIME_ZONE = 'America/Los_Angeles';

/** Calendar day number (days since 1970-01-01) of a YYYY-MM-DD date. */
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const dayDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const localDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: STAR_HISTORY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: STAR_HISTORY_TIME_ZONE,
  timeZoneName: 'longOffset',
});

const midnights = new Map<number, number>();

/** Unix seconds of 00:00 in Los Angeles on a calendar day (remembered: every page asks for hundreds). */
export function localMidnight(day: number): number {
  let seconds = midnights.get(day);
  if (seconds === undefined) {
    seconds = computeLocalMidnight(day);
    midnights.set(day, seconds);
  }
  return seconds;
}

function computeLocalMidnight(day: number): number {
  // The zone's offset at noon UTC of that day is its offset at its midnight except on a DST change
  // day, where the change happens at 02:00 local, after midnight: use the previous day's noon.
  const name = offsetFormat
    .formatToParts(new Date((day - 1) * DAY_MS + DAY_MS / 2))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return day * 86_400 - offsetMinutes * 60;
}

interface StarModel {
  /** Calendar day of the repository's creation (Los Angeles). */
  firstDay: number;
  /** Stars given per day from firstDay on. */
  given: Int32Array;
  /** Removals in the order they happen: [day of the removal, day the star had been given], as day offsets. */
  removals: Int32Array;
}

const CACHE_SIZE = 256;

/** The star history model of each repository, a few hundred at a time (benchmarks ask for thousands). */
export class StarHistoryModels {
  private readonly cache = new Map<number, StarModel>();

  constructor(private readonly dataset: RankingDataset) {}

  /** Stars given on each day from the creation day to `date` and still there on `date`. */
  retainedAsOf(repo: RankedRepo, date: string): { firstDay: number; days: Int32Array } {
    const model = this.model(repo);
    const q = dayNumber(date) - model.firstDay;
    const days = model.given.slice(0, Math.max(0, q + 1));
    for (let i = 0; i < model.removals.length; i += 2) {
      if ((model.removals[i] as number) > q) break;
      const from = model.removals[i + 1] as number;
      days[from] = (days[from] as number) - 1;
    }
    return { firstDay: model.firstDay, days };
  }

  private model(repo: RankedRepo): StarModel {
    let model = this.cache.get(repo.githubId);
    if (model) {
      this.cache.delete(repo.githubId);
    } else {
      model = buildModel(this.dataset, repo);
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    }
    this.cache.set(repo.githubId, model);
    return model;
  }
}

function buildModel(dataset: RankingDataset, repo: RankedRepo): StarModel {
  const points = dataset.pointsOf(repo.githubId);
  const firstPoint = points[0];
  const firstDay = Math.min(
    dayNumber(localDate.format(new Date(createdAt(repo, dataset.firstDate)))),
    firstPoint ? dayNumber(firstPoint.date) : Number.POSITIVE_INFINITY,
  );
  const lastPoint = points.at(-1);
  const length = lastPoint ? dayNumber(lastPoint.date) - firstDay + 1 : 1;
  const given = new Int32Array(Math.max(1, length));
  if (!firstPoint) return { firstDay, given, removals: new Int32Array(0) };

  // Before the window: cumulative = S0 × (t / T)^p, whose rounded differences are the days.
  const hash = stableHash(`stars:${repo.fullName}`);
  const span = dayNumber(firstPoint.date) - firstDay + 1;
  const power = 1.5 + (hash % 100) / 100;
  let before = 0;
  for (let t = 1; t <= span; t += 1) {
    const cumulative = Math.round(firstPoint.stars * (t / span) ** power);
    given[t - 1] = cumulative - before;
    before = cumulative;
  }

  // Inside the window: each day's net gain = given − removed, a few removals a day.
  const removals: number[] = [];
  const left = Int32Array.from(given); // stars of each day not removed yet
  for (let k = 1; k < points.length; k += 1) {
    const previous = points[k - 1] as { date: string; stars: number };
    const point = points[k] as { date: string; stars: number };
    const from = dayNumber(previous.date) - firstDay + 1;
    const to = dayNumber(point.date) - firstDay;
    const net = point.stars - previous.stars;
    for (let d = from; d <= to; d += 1) {
      // A gap in the data (days without a ranking) keeps the last count, as the replay's repository
      // does on those days: the gain lands on the day of the next real count.
      const share = d === to ? net : 0;
      const h = stableHash(`unstar:${repo.fullName}:${d}`);
      const wanted = Math.max(0, Math.floor(Math.max(0, share) * 0.02)) + (h % 3);
      const removed = Math.max(wanted, -share);
      given[d] = share + removed;
      left[d] = given[d] as number;
      // Each removal takes back a star given `lag` days before (or the nearest older day that has one).
      for (let r = 0; r < removed; r += 1) {
        let source = Math.max(0, d - 1 - (stableHash(`lag:${repo.fullName}:${d}:${r}`) % 60));
        while (source > 0 && (left[source] as number) === 0) source -= 1;
        if ((left[source] as number) === 0) source = d;
        left[source] = (left[source] as number) - 1;
        removals.push(d, source);
      }
    }
  }
  return { firstDay, given, removals: Int32Array.from(removals) };
}

export interface StarHistoryWeek {
  week: number;
  total: number;
  days: number[];
}

/** GitHub's answer: every week from the creation week to the week of `date`, newest first. */
export function starHistoryWeeks(
  models: StarHistoryModels,
  repo: RankedRepo,
  date: string,
): StarHistoryWeek[] {
  const { firstDay, days } = models.retainedAsOf(repo, date);
  const today = dayNumber(date);
  // 1970-01-01 was a Thursday: Sunday is 3 days after day numbers ≡ 0 (mod 7).
  const sundayOf = (day: number) => day - ((day + 4) % 7);
  const weeks: StarHistoryWeek[] = [];
  for (let sunday = sundayOf(today); sunday + 6 >= firstDay; sunday -= 7) {
    const counts = Array.from({ length: 7 }, (_, i) => {
      const at = sunday + i - firstDay;
      return at >= 0 && at < days.length && sunday + i <= today ? (days[at] as number) : 0;
    });
    weeks.push({ week: localMidnight(sunday), total: counts.reduce((a, b) => a + b, 0), days: counts });
  }
  return weeks;
}
