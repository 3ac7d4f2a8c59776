import type { Config } from '../../config/config-schema.ts';
import type { RawTableName } from '../../raw/raw-tables.ts';
import type { ReadPhaseResult } from '../read-phase.ts';
import type { Task } from '../task-tree.ts';
import type { CollectContext } from './collect-context.ts';

/** What a source expects to spend, for the quota plan. */
export interface SourceCost {
  /** Repositories it has the GraphQL refresh re-read (100 a query, summed over the sources first; see graphql-points.ts). */
  refreshedRepos: number;
  /** GraphQL points of its own queries. */
  graphqlPoints: number;
  /** Core (REST) requests. */
  coreRequests: number;
}

/**
 * One source of a run (README "Sources"), declared in one file of this
 * folder: the collect phase, the quota plan, the progress bars and `--only`
 * read it from here. Its answers land in its raw table (src/raw/raw-tables.ts),
 * where reprocess finds its days and retention ages them out.
 */
export interface PipelineSource {
  readonly name: string;
  /** Listed in `--only`; false for the refresh of what the lists found, which follows them. */
  readonly selectable: boolean;
  readonly rawTables: readonly RawTableName[];
  /** Whether the configuration turns it on (`--only` may still leave it out). */
  enabled(config: Config): boolean;
  /** Tasks it starts in the collect phase, for the progress bars (known before the read phase). */
  tasks(config: Config): number;
  cost(config: Config, known: ReadPhaseResult): Partial<SourceCost>;
  collect(context: CollectContext, task: Task): Promise<void>;
}

/** `enabled` and `tasks` of a source with one task per item of a configured list: on while the list has any. */
export const taskPerItem = (list: (config: Config) => readonly unknown[]) => ({
  enabled: (config: Config) => list(config).length > 0,
  tasks: (config: Config) => list(config).length,
});
