import type { JobContext, JobTask } from './job-task.ts';
import { JOB_TASKS } from './job-tasks.ts';
import { type JobWorker, startJobWorker } from './start-job-worker.ts';

export interface RunningJobTasks {
  /** JobContext.requestRun: a task's one job, unless the task is not wanted here. */
  requestRun(task: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The job queue with the task list: each task's handler, its cron when
 * `schedule` is on, the tasks queued at start, and the sweeps. Everything a
 * task needs comes through the context; nothing here knows a task by name.
 */
export async function startJobTasks(
  base: Omit<JobContext, 'requestRun'>,
  options: { databaseUrl: string; schedule: boolean; tasks?: readonly JobTask[] },
): Promise<RunningJobTasks> {
  const tasks = options.tasks ?? JOB_TASKS;
  const byName = new Map(tasks.map((task) => [task.name, task]));
  let worker: JobWorker | undefined;
  const context: JobContext = {
    ...base,
    requestRun: async (name) => {
      const task = byName.get(name);
      if (!task) throw new Error(`no job task is named ${name}`);
      if (task.wanted && !task.wanted(context)) return;
      await worker?.requestRun(name);
    },
  };
  worker = await startJobWorker({
    databaseUrl: options.databaseUrl,
    logger: base.logger,
    tasks: Object.fromEntries(tasks.map((task) => [task.name, () => task.run(context)])),
    schedules: options.schedule
      ? tasks.flatMap((task) => {
          const cron = task.cron?.(base.config);
          return cron ? [{ task: task.name, cron }] : [];
        })
      : [],
  });
  for (const task of tasks) if (task.atStart) await context.requestRun(task.name);
  const sweeps = tasks.flatMap(({ name, sweep }) =>
    sweep
      ? [
          setInterval(() => {
            sweep
              .due(context)
              .then((due) => (due ? context.requestRun(name) : undefined))
              .catch((error: Error) => base.logger.warn({ task: name, err: error.message }, 'sweep failed'));
          }, sweep.everySeconds * 1000),
        ]
      : [],
  );
  const running = worker;
  return {
    requestRun: context.requestRun,
    stop: async () => {
      for (const sweep of sweeps) clearInterval(sweep);
      await running.stop();
    },
  };
}
