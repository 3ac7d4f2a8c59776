import type { RepoState } from './replay-world.ts';

/** Linguist aliases GitHub's search accepts for the ranked languages. */
const LANGUAGE_ALIASES: Record<string, string> = {
  csharp: 'c#',
  cpp: 'c++',
  'vim-script': 'vim script',
  viml: 'vim script',
  vim: 'vim script',
  'objective-c': 'objective-c',
  objc: 'objective-c',
};

type Comparison =
  | { op: '>' | '>=' | '<' | '<=' | '='; value: string }
  | { op: '..'; low: string; high: string };

export interface RepoSearch {
  language?: string;
  owner?: string;
  stars?: Comparison;
  created?: Comparison;
  pushed?: Comparison;
  text: string[];
}

/** Parses GitHub's repository search syntax: qualifiers (language:, user:, org:, stars:, created:, pushed:) and words. */
export function parseRepoSearch(q: string): RepoSearch {
  const search: RepoSearch = { text: [] };
  const tokens = q.match(/(?:[^\s"]+:"[^"]*"|"[^"]*"|\S+)/g) ?? [];
  for (const token of tokens) {
    const colon = token.indexOf(':');
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : '';
    const value = colon > 0 ? token.slice(colon + 1).replace(/^"|"$/g, '') : token.replace(/^"|"$/g, '');
    if (key === 'language') {
      const lower = value.toLowerCase();
      search.language = LANGUAGE_ALIASES[lower] ?? lower;
    } else if (key === 'user' || key === 'org') search.owner = value.toLowerCase();
    else if (key === 'stars') search.stars = parseComparison(value);
    else if (key === 'created') search.created = parseComparison(value);
    else if (key === 'pushed') search.pushed = parseComparison(value);
    else if (['fork', 'archived', 'is', 'sort', 'in', 'mirror', 'template'].includes(key)) continue;
    else search.text.push(value.toLowerCase());
  }
  return search;
}

function parseComparison(value: string): Comparison {
  const range = /^(.+)\.\.(.+)$/.exec(value);
  if (range) return { op: '..', low: range[1] as string, high: range[2] as string };
  const match = /^(>=|<=|>|<)?(.+)$/.exec(value);
  return { op: (match?.[1] as '>' | '>=' | '<' | '<=') ?? '=', value: match?.[2] ?? value };
}

function compare(actual: string | number, comparison: Comparison | undefined, numeric: boolean): boolean {
  if (!comparison) return true;
  const cast = (v: string) => (numeric ? Number(v) : v);
  const a = numeric ? Number(actual) : String(actual).slice(0, 10);
  if (comparison.op === '..') {
    const low = comparison.low === '*' ? -Infinity : cast(comparison.low);
    const high = comparison.high === '*' ? Infinity : cast(comparison.high);
    return a >= low && a <= high;
  }
  const v = cast(comparison.value);
  switch (comparison.op) {
    case '>':
      return a > v;
    case '>=':
      return a >= v;
    case '<':
      return a < v;
    case '<=':
      return a <= v;
    default:
      return a === v;
  }
}

/** A timestamp against a date qualifier of GitHub's (`>=2026-08-01`, `2026-08-01..2026-08-03`, `2026-08-01`), by day. */
export const matchesDateQualifier = (timestamp: string, qualifier: string) =>
  compare(timestamp, parseComparison(qualifier), false);

export function matchesRepoSearch(state: RepoState, search: RepoSearch): boolean {
  const { repo, point } = state;
  if (search.language && (repo.language ?? '').toLowerCase() !== search.language) return false;
  if (search.owner && repo.owner.toLowerCase() !== search.owner) return false;
  if (!compare(point.stars, search.stars, true)) return false;
  if (!compare(state.createdAt, search.created, false)) return false;
  if (!compare(state.pushedAt, search.pushed, false)) return false;
  const haystack = `${repo.fullName} ${repo.description ?? ''}`.toLowerCase();
  return search.text.every((word) => haystack.includes(word));
}

export function sortRepos(
  states: RepoState[],
  sort: string | undefined,
  order: string | undefined,
): RepoState[] {
  const direction = order === 'asc' ? 1 : -1;
  const key: (s: RepoState) => number | string =
    sort === 'forks'
      ? (s) => s.point.forks
      : sort === 'updated'
        ? (s) => s.updatedAt
        : sort === 'help-wanted-issues'
          ? (s) => s.point.issues
          : (s) => s.point.stars; // 'stars' and best match, which for the replay is stars
  return [...states].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -direction : direction;
    return a.repo.githubId - b.repo.githubId;
  });
}
