import type pg from 'pg';
import { sqlFile } from '../../db/sql-file.ts';
import {
  type GitHubPullObject,
  pullRecordFrom,
  recordPullRequest,
  recordRepository,
  recordRiskInsight,
} from './record-pull-request.ts';

const READ_PULLS = sqlFile(import.meta.url, 'read-collected-pulls.sql');

interface CollectedPullRow {
  repo_full_name: string;
  github_id: number;
  description: string | null;
  pull: GitHubPullObject & { files?: { filename: string; additions: number; deletions: number }[] };
}

/**
 * The pulls source's PRs (REST, with their files) into the PR flow model, the
 * same tables webhooks feed: tracked repositories only, one PR at a time
 * because each gets a risk assessment. Returns the PRs modelled.
 */
export async function modelCollectedPulls(
  client: pg.PoolClient,
  rawRunIds: string[],
  date: string,
): Promise<number> {
  const { rows } = await client.query<CollectedPullRow>(READ_PULLS, [rawRunIds, date]);
  for (const { repo_full_name: fullName, github_id: githubId, description, pull } of rows) {
    const [owner = '', name = ''] = fullName.split('/');
    // REST pull objects carry their repository under base.repo (owner avatar, visibility);
    // when they do not, what webhooks stored stays.
    const baseRepo = (pull as { base?: { repo?: { private?: unknown; owner?: { avatar_url?: unknown } } } })
      .base?.repo;
    const repoId = await recordRepository(client, {
      githubId,
      name,
      fullName,
      owner,
      ownerAvatarUrl: typeof baseRepo?.owner?.avatar_url === 'string' ? baseRepo.owner.avatar_url : null,
      isPrivate: typeof baseRepo?.private === 'boolean' ? baseRepo.private : null,
      description,
    });
    const files = pull.files ?? [];
    const additions = files.reduce((sum, f) => sum + (f.additions ?? 0), 0);
    const deletions = files.reduce((sum, f) => sum + (f.deletions ?? 0), 0);
    await recordPullRequest(client, repoId, fullName, pullRecordFrom(pull, { additions, deletions }));
    await recordRiskInsight(
      client,
      repoId,
      { number: pull.number, headSha: pull.head.sha },
      {
        additions,
        deletions,
        changedFiles: files.length,
        files: files.map((f) => f.filename),
      },
    );
  }
  return rows.length;
}
