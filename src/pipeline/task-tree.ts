/** One node of a run's task tree, stored as JSONB in fact_workflow_runs.task_tree. */
export interface TaskNode {
  name: string;
  status: 'running' | 'succeeded' | 'failed';
  started_at: string;
  ended_at: string | null;
  counts: Record<string, number>;
  error?: string;
  children: TaskNode[];
}

export interface TaskHooks {
  /**
   * Called as each task starts, with its path (['write', 'stage']); a throw
   * fails that task, and the run, there. Tests interrupt runs through it.
   */
  beforeTask?: (path: readonly string[]) => void | Promise<void>;
  /** Called as each task ends, succeeded or failed. */
  onTask?: (path: readonly string[], node: TaskNode) => void;
}

export interface Task {
  count(key: string, value: number): void;
  task<T>(name: string, fn: (task: Task) => Promise<T>): Promise<T>;
}

/**
 * Records what a run did as a tree of timed tasks. A failing task is marked
 * with its error and the error propagates, so the tree of a failed run shows
 * where it stopped.
 */
export class TaskTree {
  readonly roots: TaskNode[] = [];

  constructor(private readonly hooks: TaskHooks = {}) {}

  task<T>(name: string, fn: (task: Task) => Promise<T>): Promise<T> {
    return this.runIn(this.roots, [], name, fn);
  }

  private async runIn<T>(
    siblings: TaskNode[],
    path: string[],
    name: string,
    fn: (task: Task) => Promise<T>,
  ): Promise<T> {
    const node: TaskNode = {
      name,
      status: 'running',
      started_at: new Date().toISOString(),
      ended_at: null,
      counts: {},
      children: [],
    };
    siblings.push(node);
    const here = [...path, name];
    const handle: Task = {
      count: (key, value) => {
        node.counts[key] = (node.counts[key] ?? 0) + value;
      },
      task: (child, childFn) => this.runIn(node.children, here, child, childFn),
    };
    try {
      await this.hooks.beforeTask?.(here);
      const result = await fn(handle);
      node.status = 'succeeded';
      return result;
    } catch (error) {
      node.status = 'failed';
      node.error ??= (error as Error).message;
      throw error;
    } finally {
      node.ended_at = new Date().toISOString();
      this.hooks.onTask?.(here, node);
    }
  }
}
