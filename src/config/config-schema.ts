import { z } from 'zod';

const githubLogin = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub login (letters, digits, dashes)');
const repoFullName = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"');
const days = z.number().int().min(1).max(3650);

/**
 * gitpulse.config.yaml: what to track and how long to keep it.
 * Every field has a default, so an empty file is a valid configuration.
 */
export const configSchema = z
  .object({
    orgs: z
      .array(githubLogin)
      .default([])
      .describe('organisations and companies whose repositories are tracked'),
    languages: z.array(z.string().min(1)).default(['Python', 'TypeScript', 'Go', 'Rust']),
    trending: z
      .object({
        top_per_language: z.number().int().min(1).max(1000).default(100),
        rising_days: days.default(30),
        rising_per_language: z.number().int().min(0).max(1000).default(20),
      })
      .strict()
      .prefault({}),
    render: z
      .object({
        enabled: z.boolean().default(true),
        query: z.string().min(1).default('filename:render.yaml'),
        max_repos: z.number().int().min(1).max(1000).default(100),
      })
      .strict()
      .prefault({}),
    pulls: z
      .object({
        repos: z.array(repoFullName).default([]),
        max_per_repo: z.number().int().min(1).max(1000).default(50),
      })
      .strict()
      .prefault({}),
    schedule: z
      .object({
        cron: z
          .string()
          .regex(/^(\S+\s+){4}\S+$/, 'must be a five-field cron expression such as "0 2 * * *"')
          .default('0 2 * * *'),
        enabled: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    github: z
      .object({
        /** Per-attempt timeout of a GitHub request; a hung request is retried after it. */
        timeout_seconds: z.number().min(1).max(600).default(30),
      })
      .strict()
      .prefault({}),
    insights: z
      .object({
        /** Per call to the LLM provider (LLM_BASE_URL); on a timeout the deterministic text stands. */
        timeout_seconds: z.number().min(1).max(300).default(20),
        /** At most this many calls a minute to the provider. */
        max_per_minute: z.number().int().min(1).max(600).default(30),
      })
      .strict()
      .prefault({}),
    events: z
      .object({
        /** Name of the ClickHouse cluster (CLICKHOUSE_URL): the replicated, sharded layout. */
        cluster: z
          .string()
          .regex(/^\w+$/, 'must be a ClickHouse cluster name (letters, digits, underscores)')
          .optional(),
        /** Events per insert while importing an hour. */
        batch_size: z.number().int().min(100).max(1_000_000).default(1_000),
      })
      .strict()
      .prefault({}),
    retention: z
      .object({
        raw_days: days.default(7),
        staging_days: days.default(7),
        warehouse_days: days.default(30),
        workflow_runs_days: days.default(90),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
