import type { WarehouseClient } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const ENSURE_PARTITIONS = sqlFile(import.meta.url, 'ensure-month-partitions.sql');
const MERGE_COMPANIES = sqlFile(import.meta.url, 'merge-companies.sql');
const ADD_LANGUAGES = sqlFile(import.meta.url, 'add-languages.sql');
const CLOSE_CHANGED = sqlFile(import.meta.url, 'close-changed-repo-versions.sql');
const OPEN_VERSIONS = sqlFile(import.meta.url, 'open-repo-versions.sql');
const UPDATE_ATTRIBUTES = sqlFile(import.meta.url, 'update-repo-attributes.sql');
const LINK_RENDER = sqlFile(import.meta.url, 'link-render-services.sql');
const SNAPSHOT_REPOS = sqlFile(import.meta.url, 'snapshot-repos.sql');
const SNAPSHOT_LANGUAGES = sqlFile(import.meta.url, 'snapshot-languages.sql');
const ANALYZE_DAY = sqlFile(import.meta.url, 'analyze-day-snapshots.sql');
const SCORE = sqlFile(import.meta.url, 'score-snapshots.sql');

export interface ModelCounts {
  versionsClosed: number;
  versionsOpened: number;
  snapshots: number;
  languageSnapshots: number;
  scored: number;
}

/** staging → warehouse for one run, each step one set-based statement. */
export async function modelWarehouse(
  client: WarehouseClient,
  run: { runId: string; date: string; asOf: string; orgs: string[] },
  step: (name: string, fn: () => Promise<number>) => Promise<number> = (_name, fn) => fn(),
): Promise<ModelCounts> {
  const count = (text: string, values: unknown[]) => async () =>
    (await client.query(text, values)).rowCount ?? 0;
  await step('merge_companies', count(MERGE_COMPANIES, [run.orgs]));
  await step('add_languages', count(ADD_LANGUAGES, [run.runId]));
  const versionsClosed = await step('scd2_close_changed', count(CLOSE_CHANGED, [run.runId, run.asOf]));
  const versionsOpened = await step('scd2_open_versions', count(OPEN_VERSIONS, [run.runId, run.asOf]));
  await step('update_type1_attributes', count(UPDATE_ATTRIBUTES, [run.runId]));
  await step('link_render_services', count(LINK_RENDER, [run.runId]));
  await step('ensure_month_partitions', async () =>
    Number((await client.query<{ created: number }>(ENSURE_PARTITIONS, [run.date])).rows[0]?.created ?? 0),
  );
  const snapshots = await step('snapshot_repos', count(SNAPSHOT_REPOS, [run.runId, run.date]));
  const languageSnapshots = await step(
    'snapshot_languages',
    count(SNAPSHOT_LANGUAGES, [run.runId, run.date]),
  );
  await step('analyze_snapshots', async () => {
    await client.query(ANALYZE_DAY, [run.date]);
    return 0;
  });
  const scored = await step('score_and_rank', count(SCORE, [run.date]));
  return { versionsClosed, versionsOpened, snapshots, languageSnapshots, scored };
}
