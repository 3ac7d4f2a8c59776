import type pg from 'pg';
import { sqlFile } from '../../db/sql-file.ts';
import { assessRisk } from './assess-risk.ts';

const sql = (name: string) => sqlFile(import.meta.url, name);
const READ_PULLS = sql('read-collected-pulls.sql');
const FREE_NAME = sql('free-repository-name.sql');
const UPSERT_REPOSITORY = sql('upsert-repository.sql');
const UPSERT_PULL = sql('upsert-pull-request.sql');
const UPSERT_RUN = sql('upsert-pipeline-run.sql');
const UPSERT_INSIGHT = sql('upsert-insight.sql');

interface CollectedPullRow {
  repo_full_name: string;
  github_id: number;
  description: string | null;
  pull: {
    number: number;
    title: string;
    state: string;
    merged_at: string | null;
    user?: { login?: string; avatar_url?: string };
    head: { sha: string; ref: string };
    files?: { filename: string; additions: number; deletions: number }[];
  };
}

/**
 * The pulls source's PRs (REST, with their files) into seed 002's model, the
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
    await client.query(FREE_NAME, [githubId, fullName]);
    const repo = await client.query<{ id: string }>(UPSERT_REPOSITORY, [
      githubId,
      name,
      fullName,
      owner,
      null,
      false,
      description,
    ]);
    const repoId = repo.rows[0]?.id;
    const files = pull.files ?? [];
    const additions = files.reduce((sum, f) => sum + (f.additions ?? 0), 0);
    const deletions = files.reduce((sum, f) => sum + (f.deletions ?? 0), 0);
    const state = pull.merged_at ? 'merged' : pull.state;
    await client.query(UPSERT_PULL, [
      repoId,
      pull.number,
      pull.title,
      pull.user?.login ?? null,
      pull.user?.avatar_url ?? null,
      pull.head.sha,
      pull.head.ref,
      state,
      additions,
      deletions,
      fullName,
    ]);
    await client.query(UPSERT_RUN, [
      repoId,
      pull.number,
      pull.head.sha,
      state,
      null,
      null,
      pull.merged_at ? 'merged' : pull.state === 'closed' ? 'failed' : 'pending',
    ]);
    const risk = assessRisk({
      additions,
      deletions,
      changedFiles: files.length,
      files: files.map((f) => f.filename),
    });
    await client.query(UPSERT_INSIGHT, [
      repoId,
      pull.number,
      pull.head.sha,
      risk.risk_level,
      risk.summary,
      risk.recommendation,
      JSON.stringify(risk.factors),
    ]);
  }
  return rows.length;
}
