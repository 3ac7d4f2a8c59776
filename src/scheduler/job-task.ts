import type { ClickHouse } from '../clickhouse/clickhouse-connection.ts';
import type { Config } from '../config/config-schema.ts';
import type { Database } from '../db/database.ts';
import type { InsightProvider } from '../llm/chat-completions-provider.ts';
import type { Logger } from '../log/logger.ts';
import type { IngestOptions } from '../pipeline/run-ingest.ts';

/** GitHub (or the offline replay) for one run, and the day it is today there. */
export interface GitHubForRun extends Pick<IngestOptions['github'], 'baseUrl' | 'credentials' | 'pacing'> {
  today: string;
  close(): Promise<void>;
}

/** What a job sees: the server's handles, and how to ask for another job. */
export interface JobContext {
  db: Database;
  config: Config;
  logger: Logger;
  /** The events store this server opened, if it could. */
  clickhouse: ClickHouse | undefined;
  /** The LLM that words insights, when one is configured. */
  insightProvider: InsightProvider | undefined;
  /** Where pipeline runs spool GitHub's answers. */
  spoolDir: string;
  connectGitHub(): Promise<GitHubForRun>;
  /** Asks for a task's one job to run soon (dropped when the task is not wanted in this server). */
  requestRun(task: string): Promise<void>;
}

/**
 * A task of the server's job queue (graphile-worker): its name, everything
 * that queues it, and what it does. The list is src/scheduler/job-tasks.ts;
 * README "Scheduling" describes it.
 */
export interface JobTask {
  name: string;
  /** False when this server has nothing for it to do (no LLM, no alert webhook): requests are dropped. */
  wanted?(context: JobContext): boolean;
  /** Queued when the server starts: work left by a server that stopped or crashed. */
  atStart?: boolean;
  /** A five-field cron (UTC) from the config that queues it; graphile-worker runs each time once across servers. */
  cron?(config: Config): string | undefined;
  /** Looked at every `everySeconds`: queued when `due` says work has waited too long. */
  sweep?: { everySeconds: number; due(context: JobContext): Promise<boolean> };
  run(context: JobContext): Promise<void>;
}
