import type { WarehouseClient } from '../db/database.ts';
import { addLanguagesSql } from './add-languages.queries.ts';
import { analyzeDaySnapshotsSql } from './analyze-day-snapshots.queries.ts';
import { closeChangedRepoVersionsSql } from './close-changed-repo-versions.queries.ts';
import { closeGoneRepoVersionsSql } from './close-gone-repo-versions.queries.ts';
import { ensureMonthPartitionsSql } from './ensure-month-partitions.queries.ts';
import { linkRenderServicesSql } from './link-render-services.queries.ts';
import { mergeCompaniesSql } from './merge-companies.queries.ts';
import { openRepoVersionsSql } from './open-repo-versions.queries.ts';
import { snapshotLanguagesSql } from './snapshot-languages.queries.ts';
import { snapshotReposSql } from './snapshot-repos.queries.ts';
import { updateRepoAttributesSql } from './update-repo-attributes.queries.ts';

export interface ModelCounts {
  versionsClosed: number;
  versionsOpened: number;
  versionsGone: number;
  snapshots: number;
  languageSnapshots: number;
}

/** staging → warehouse for one run, each step one set-based statement. */
export async function modelWarehouse(
  client: WarehouseClient,
  run: {
    runId: string;
    date: string;
    asOf: string;
    orgs: string[];
    /** Node ids of tracked repositories GitHub no longer resolves (README "Sources"). */
    goneNodeIds: string[];
  },
  step: (name: string, fn: () => Promise<number>) => Promise<number> = (_name, fn) => fn(),
): Promise<ModelCounts> {
  const count = (statement: () => Promise<{ rowCount: number | null }>) => async () =>
    (await statement()).rowCount ?? 0;
  const { runId, asOf, date: snapshotDate } = run;
  await step(
    'merge_companies',
    count(() => mergeCompaniesSql.runWithCounts({ orgs: run.orgs }, client)),
  );
  await step(
    'add_languages',
    count(() => addLanguagesSql.runWithCounts({ runId }, client)),
  );
  const versionsClosed = await step(
    'scd2_close_changed',
    count(() => closeChangedRepoVersionsSql.runWithCounts({ runId, asOf }, client)),
  );
  const versionsOpened = await step(
    'scd2_open_versions',
    count(() => openRepoVersionsSql.runWithCounts({ runId, asOf, snapshotDate }, client)),
  );
  // Before the snapshots: a repository gone from GitHub gets none from this day on.
  const versionsGone = await step(
    'scd2_close_gone',
    count(() =>
      closeGoneRepoVersionsSql.runWithCounts({ nodeIds: run.goneNodeIds, runId, asOf, snapshotDate }, client),
    ),
  );
  await step(
    'update_type1_attributes',
    count(() => updateRepoAttributesSql.runWithCounts({ runId, asOf }, client)),
  );
  await step(
    'link_render_services',
    count(() => linkRenderServicesSql.runWithCounts({ runId }, client)),
  );
  await step(
    'ensure_month_partitions',
    async () => (await ensureMonthPartitionsSql.run({ snapshotDate }, client))[0]?.created ?? 0,
  );
  // one write per row: the snapshot with its scores and ranks
  const snapshots = await step(
    'snapshot_and_score',
    count(() => snapshotReposSql.runWithCounts({ runId, snapshotDate }, client)),
  );
  const languageSnapshots = await step(
    'snapshot_languages',
    count(() => snapshotLanguagesSql.runWithCounts({ runId, snapshotDate }, client)),
  );
  await step('analyze_snapshots', async () => {
    await analyzeDaySnapshotsSql.run({ snapshotDate }, client);
    return 0;
  });
  return { versionsClosed, versionsOpened, versionsGone, snapshots, languageSnapshots };
}
