import { addDays, DAY_MS } from '../calendar-days.ts';
import type { RankedRepo } from './ranking-dataset.ts';

/*
 * What the ranking data does not contain, made up deterministically from the
 * repository's name so every run of the replay answers the same: creation
 * date, language byte sizes, topics, license, README and Render blueprints
 * (pull requests: synthesized-pulls.ts). See README.md in this folder.
 */

/** FNV-1a, 32 bit: a stable number per string. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A stable avatar address for a made-up user. */
export const avatarUrl = (login: string) =>
  `https://avatars.githubusercontent.com/u/${stableHash(login) % 1e6}`;

/**
 * Repositories first ranked after the data's first day are treated as new:
 * made at most three weeks before they first ranked, so on the days after a
 * breakout they are young enough for the "rising" lists (created in 30 days).
 */
export function createdAt(repo: RankedRepo, firstDateOfData: string): string {
  const hash = stableHash(repo.fullName);
  const created =
    repo.firstSeen > firstDateOfData
      ? new Date(addDays(repo.firstSeen, -(hash % 21) - 1))
      : new Date(Date.parse('2009-01-01T00:00:00Z') + (hash % (15 * 365)) * DAY_MS + (hash % 86_400) * 1000);
  return created.toISOString().replace('.000Z', 'Z');
}

const SECONDARY_LANGUAGES = ['Shell', 'Makefile', 'Dockerfile', 'HTML', 'CSS', 'JavaScript', 'Python', 'C'];

/** Bytes per language, primary first; grows a little every day. */
export function languageBytes(repo: RankedRepo, dayIndex: number): Record<string, number> {
  if (!repo.language) return {};
  const hash = stableHash(repo.fullName);
  const growth = 1 + dayIndex * 0.002;
  const primary = 40_000 + (hash % 8_000_000);
  const result: Record<string, number> = { [repo.language]: Math.round(primary * growth) };
  const extra = hash % 4;
  for (let i = 0; i < extra; i++) {
    const language = SECONDARY_LANGUAGES[(hash >>> (i * 3)) % SECONDARY_LANGUAGES.length] as string;
    if (language in result) continue;
    result[language] = Math.round(((primary / (4 + i * 3)) * ((hash >>> (i + 5)) % 100)) / 100) + 500;
  }
  return result;
}

const TOPIC_POOL = ['cli', 'api', 'database', 'devtools', 'machine-learning', 'web', 'security', 'awesome'];

export function topics(repo: RankedRepo): string[] {
  const hash = stableHash(repo.fullName);
  const picked = [TOPIC_POOL[hash % TOPIC_POOL.length] as string];
  if (repo.language) picked.unshift(repo.language.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  return [...new Set(picked)];
}

const LICENSES = [
  { key: 'mit', name: 'MIT License', spdx_id: 'MIT' },
  { key: 'apache-2.0', name: 'Apache License 2.0', spdx_id: 'Apache-2.0' },
  { key: 'gpl-3.0', name: 'GNU General Public License v3.0', spdx_id: 'GPL-3.0' },
  { key: 'bsd-3-clause', name: 'BSD 3-Clause "New" or "Revised" License', spdx_id: 'BSD-3-Clause' },
  null,
];

export function license(repo: RankedRepo) {
  return LICENSES[stableHash(`license:${repo.fullName}`) % LICENSES.length] ?? null;
}

export function readme(repo: RankedRepo): string {
  return `# ${repo.name}\n\n${repo.description ?? ''}\n\n## Install\n\nSee https://github.com/${repo.fullName}.\n`;
}

const RENDER_TYPES = ['web', 'worker', 'cron', 'private-service', 'static-site'] as const;

/**
 * About one repository in twenty deploys on Render (plus any whose description
 * says so): a render.yaml with one to three services and maybe a database.
 */
export function renderBlueprint(repo: RankedRepo): string | null {
  const hash = stableHash(`render:${repo.fullName}`);
  const mentionsRender = /\brender(\.com|\.yaml)?\b/i.test(repo.description ?? '');
  if (hash % 20 !== 0 && !mentionsRender) return null;
  const services = Array.from({ length: 1 + (hash % 3) }, (_, i) => {
    const type = RENDER_TYPES[(hash >>> (i * 4)) % RENDER_TYPES.length] as string;
    // render.yaml spells static sites as `type: web` + `runtime: static`; cron as `type: cron`.
    const lines =
      type === 'static-site'
        ? [`  - type: web`, `    name: ${repo.name}-site-${i}`, `    runtime: static`]
        : type === 'private-service'
          ? [`  - type: pserv`, `    name: ${repo.name}-private-${i}`, `    runtime: docker`]
          : [`  - type: ${type}`, `    name: ${repo.name}-${type}-${i}`, `    runtime: node`];
    if (type === 'cron') lines.push(`    schedule: "0 * * * *"`);
    return lines.join('\n');
  });
  const databases = hash % 2 === 0 ? `\ndatabases:\n  - name: ${repo.name}-db\n` : '';
  const keyValue =
    hash % 3 === 0 ? `\n  - type: keyvalue\n    name: ${repo.name}-cache\n    ipAllowList: []` : '';
  return `services:\n${services.join('\n')}${keyValue}\n${databases}`;
}
