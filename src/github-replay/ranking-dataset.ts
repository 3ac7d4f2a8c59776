import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

const DATA_DIR = new URL('../../data/github-ranking/', import.meta.url);

export interface RankedRepo {
  githubId: number;
  owner: string;
  name: string;
  fullName: string;
  language: string | null;
  description: string | null;
  firstSeen: string;
}

export interface DayPoint {
  date: string;
  stars: number;
  forks: number;
  issues: number;
  lastCommit: string;
  /** 'Rust=3|top-100-stars=45': the ranking lists and positions that day. */
  lists: string;
}

/**
 * The real ranking data, indexed for "what did GitHub show on day D".
 * `scale` > 1 adds synthetic copies (owner-N/name) with the same histories, for
 * benchmarks that need more repositories than the rankings hold.
 */
export class RankingDataset {
  readonly repos: RankedRepo[];
  readonly dates: string[];
  private readonly byId = new Map<number, RankedRepo>();
  private readonly byFullName = new Map<string, RankedRepo>();
  private readonly series = new Map<number, DayPoint[]>();

  constructor(repos: RankedRepo[], series: Map<number, DayPoint[]>) {
    this.repos = repos;
    this.series = series;
    for (const repo of repos) {
      this.byId.set(repo.githubId, repo);
      this.byFullName.set(repo.fullName.toLowerCase(), repo);
    }
    const dates = new Set<string>();
    for (const points of series.values()) for (const point of points) dates.add(point.date);
    this.dates = [...dates].sort();
  }

  static load({ scale = 1 }: { scale?: number } = {}): RankingDataset {
    const read = (name: string) =>
      parse(gunzipSync(readFileSync(new URL(name, DATA_DIR))), {
        columns: true,
        skip_empty_lines: true,
      }) as Record<string, string>[];
    const baseRepos: RankedRepo[] = read('repos.csv.gz').map((row) => ({
      githubId: Number(row.github_id),
      owner: String(row.owner),
      name: String(row.name),
      fullName: `${row.owner}/${row.name}`,
      language: row.language || null,
      description: row.description || null,
      firstSeen: String(row.first_seen),
    }));
    const baseSeries = new Map<number, DayPoint[]>();
    for (const row of read('daily.csv.gz')) {
      const id = Number(row.github_id);
      let points = baseSeries.get(id);
      if (!points) {
        points = [];
        baseSeries.set(id, points);
      }
      points.push({
        date: String(row.date),
        stars: Number(row.stars),
        forks: Number(row.forks),
        issues: Number(row.issues),
        lastCommit: String(row.last_commit),
        lists: String(row.lists),
      });
    }
    for (const points of baseSeries.values()) points.sort((a, b) => a.date.localeCompare(b.date));
    if (scale <= 1) return new RankingDataset(baseRepos, baseSeries);

    const repos = [...baseRepos];
    const series = new Map(baseSeries);
    const idSpan = 1_000_000;
    for (let copy = 1; copy < scale; copy++) {
      for (const repo of baseRepos) {
        const githubId = repo.githubId + copy * idSpan;
        const owner = `${repo.owner}-${copy}`;
        repos.push({ ...repo, githubId, owner, fullName: `${owner}/${repo.name}` });
        // The same history, shared rather than copied: a million copies stay a few hundred MB.
        series.set(githubId, baseSeries.get(repo.githubId) ?? []);
      }
    }
    return new RankingDataset(repos, series);
  }

  /** This dataset and more repositories with their histories (the replay's private ones). */
  withRepos(extra: readonly { repo: RankedRepo; points: DayPoint[] }[]): RankingDataset {
    const series = new Map(this.series);
    for (const { repo, points } of extra) series.set(repo.githubId, points);
    return new RankingDataset([...this.repos, ...extra.map(({ repo }) => repo)], series);
  }

  get firstDate(): string {
    return this.dates[0] ?? '';
  }

  get lastDate(): string {
    return this.dates[this.dates.length - 1] ?? '';
  }

  repoById(id: number): RankedRepo | undefined {
    return this.byId.get(id);
  }

  repoByFullName(fullName: string): RankedRepo | undefined {
    return this.byFullName.get(fullName.toLowerCase());
  }

  /** Every point of the repository, oldest first. */
  pointsOf(githubId: number): readonly DayPoint[] {
    return this.series.get(githubId) ?? [];
  }

  /** The latest point on or before `date`; undefined when the repo was not seen yet. */
  pointAt(githubId: number, date: string): DayPoint | undefined {
    const points = this.series.get(githubId);
    return points?.[lastIndexOnOrBefore(points, date)];
  }

  /** The point before the latest one on or before `date` (yesterday's numbers, when ranked). */
  previousPoint(githubId: number, date: string): DayPoint | undefined {
    const points = this.series.get(githubId);
    const index = points ? lastIndexOnOrBefore(points, date) : -1;
    return index > 0 ? points?.[index - 1] : undefined;
  }
}

/** Binary search over date-ordered points: the index of the last one on or before `date`, or -1. */
function lastIndexOnOrBefore(points: DayPoint[], date: string): number {
  let low = 0;
  let high = points.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((points[mid] as DayPoint).date <= date) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
