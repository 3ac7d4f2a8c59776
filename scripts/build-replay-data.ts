/**
 * Development tool, not part of the product: turns the 92 daily ranking CSVs
 * in ../shared/data/github-ranking into the compact subset shipped in
 * data/github-ranking (one row per repository, one row per repository-day with
 * only the numbers that change). The product reads only the shipped subset.
 *
 *   npx tsx scripts/build-replay-data.ts [source-dir]
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const source = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/github-ranking');
const target = join(import.meta.dirname, '../data/github-ranking');

interface Row {
  rank: string;
  item: string;
  repo_name: string;
  stars: string;
  forks: string;
  language: string;
  repo_url: string;
  username: string;
  issues: string;
  last_commit: string;
  description: string;
}

const files = readdirSync(source)
  .filter((name) => /^github-ranking-\d{4}-\d{2}-\d{2}\.csv\.gz$/.test(name))
  .sort();

const repos = new Map<
  string,
  { owner: string; name: string; language: string; description: string; firstSeen: string }
>();
const days: {
  date: string;
  fullName: string;
  stars: number;
  forks: number;
  issues: number;
  lastCommit: string;
  lists: string[];
}[] = [];

for (const file of files) {
  const date = file.slice('github-ranking-'.length, -'.csv.gz'.length);
  const rows = parse(gunzipSync(readFileSync(join(source, file))), {
    columns: true,
    skip_empty_lines: true,
  }) as Row[];
  const perRepo = new Map<string, (typeof days)[number]>();
  for (const row of rows) {
    const [, , , owner, name] = row.repo_url.split('/');
    if (!owner || !name) continue;
    const fullName = `${owner}/${name}`;
    const known = repos.get(fullName);
    repos.set(fullName, {
      owner,
      name,
      language: row.language || known?.language || '',
      description: row.description || known?.description || '',
      firstSeen: known?.firstSeen ?? date,
    });
    const day = perRepo.get(fullName) ?? {
      date,
      fullName,
      stars: Number(row.stars),
      forks: Number(row.forks),
      issues: Number(row.issues),
      lastCommit: row.last_commit,
      lists: [],
    };
    // A repository ranked in several lists was captured several times that
    // day; its language list's numbers are the ones that list shows.
    if (!row.item.startsWith('top-100-')) {
      day.stars = Number(row.stars);
      day.forks = Number(row.forks);
      day.issues = Number(row.issues);
    }
    day.lists.push(`${row.item}=${row.rank}`);
    perRepo.set(fullName, day);
  }
  days.push(...perRepo.values());
}

// Stable synthetic GitHub ids: the data has none, and sorted order keeps them
// the same every time the subset is rebuilt from the same files.
const names = [...repos.keys()].sort();
const idOf = new Map(names.map((fullName, index) => [fullName, 100_001 + index]));

const repoCsv = stringify(
  names.map((fullName) => {
    const repo = repos.get(fullName);
    return [idOf.get(fullName), repo?.owner, repo?.name, repo?.language, repo?.description, repo?.firstSeen];
  }),
  { header: true, columns: ['github_id', 'owner', 'name', 'language', 'description', 'first_seen'] },
);
// Ordered by repository then day: consecutive rows repeat, which gzip folds away.
days.sort(
  (a, b) => (idOf.get(a.fullName) ?? 0) - (idOf.get(b.fullName) ?? 0) || a.date.localeCompare(b.date),
);
const dailyCsv = stringify(
  days.map((day) => [
    day.date,
    idOf.get(day.fullName),
    day.stars,
    day.forks,
    day.issues,
    day.lastCommit,
    day.lists.join('|'),
  ]),
  { header: true, columns: ['date', 'github_id', 'stars', 'forks', 'issues', 'last_commit', 'lists'] },
);
writeFileSync(join(target, 'repos.csv.gz'), gzipSync(repoCsv, { level: 9 }));
writeFileSync(join(target, 'daily.csv.gz'), gzipSync(dailyCsv, { level: 9 }));
copyFileSync(join(source, 'LICENSE'), join(target, 'LICENSE'));
console.log(`${files.length} days, ${names.length} repositories, ${days.length} repository-days → ${target}`);
