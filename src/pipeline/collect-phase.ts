import type { Collection } from './collection.ts';
import { type CollectInput, createCollectContext } from './sources/collect-context.ts';
import type { PipelineSource } from './sources/pipeline-source.ts';
import type { Task } from './task-tree.ts';

/**
 * Phase 2: GitHub calls only, no database connection. Each step of the run
 * (src/pipeline/sources, in their order) collects into one context; answers
 * go to the spool as they arrive, and only routing keys and the next
 * incremental state stay in memory until the write phase commits them.
 */
export async function collectPhase(
  input: CollectInput,
  steps: readonly PipelineSource[],
  task: Task,
): Promise<Collection> {
  const context = createCollectContext(input);
  for (const step of steps) await step.collect(context, task);
  return context.collection;
}
