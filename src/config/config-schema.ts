import { z } from 'zod';

const githubLogin = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub login (letters, digits, dashes)');
const repoFullName = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"');
const days = z.number().int().min(1).max(3650);
/**
 * A pattern PostgreSQL matches (an ARE; `(?i)` at the start ignores case), checked for
 * its syntax here so a typo is a config error, not a failed run.
 */
const regexText = z
  .string()
  .min(1)
  .refine((text) => {
    try {
      new RegExp(text.replace(/^\(\?i\)/, ''));
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

/** The alert rules by name (README "Alerts"): the one list of them. */
export const alertRulesShape = {
  /** A repository gained at least `stars` in a day. */
  daily_gain: z
    .object({ stars: z.number().int().min(1) })
    .strict()
    .optional(),
  /** A day's gain at least `times` × the repository's 30-day median daily gain, and at least `min_stars`. */
  gain_vs_median: z
    .object({ times: z.number().min(1), min_stars: z.number().int().min(0).default(10) })
    .strict()
    .optional(),
  /** A pipeline run failed. */
  run_failed: z.boolean().default(false),
  /** A pull request was assessed high risk. */
  high_risk_pr: z.boolean().default(false),
};

/** A part of the file: no unknown keys, and absent means every default. */
const section = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape).prefault({} as z.input<z.ZodObject<Shape, z.core.$strict>>);

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
    trending: section({
      top_per_language: z.number().int().min(1).max(1000).default(100),
      rising_days: days.default(30),
      rising_per_language: z.number().int().min(0).max(1000).default(20),
    }),
    render: section({
      enabled: z.boolean().default(true),
      query: z.string().min(1).default('filename:render.yaml'),
      max_repos: z.number().int().min(1).max(1000).default(100),
    }),
    pulls: section({
      repos: z.array(repoFullName).default([]),
      max_per_repo: z.number().int().min(1).max(1000).default(50),
    }),
    delivery: section({
      /** Tracked repositories whose deployments, incidents and shipped commits are read (the delivery source). */
      repos: z.array(repoFullName).default([]),
      /** A GitHub deployment is a production one when its environment matches (case as written, (?i) allowed). */
      production_environment: regexText.default('(?i)prod'),
      /** A workflow run on the default branch whose name matches is a deployment too. */
      deployment_workflow: regexText.default('(?i)(deploy|release)'),
      /** An issue with a label that matches is an incident. */
      incident_label: regexText.default('(?i)(incident|failure)'),
      /** Logins left out of PR metrics as bots, besides [bot] logins and GitHub's Bot type. */
      bots: z.array(z.string().min(1)).default([]),
      /** How far back a repository's deployments and incidents are read on its first run. */
      backfill_days: z.number().int().min(1).max(365).default(90),
    }),
    star_history: section({
      /** Read GitHub's stargazers/history for tracked repositories (the star_history source). */
      enabled: z.boolean().default(true),
      /**
       * At most this many pages (one core request each; 304s are free and not counted) per run.
       * A first backfill that needs more goes on in the next runs, oldest-tracked first.
       */
      max_requests_per_run: z.number().int().min(1).max(1_000_000).default(2000),
    }),
    schedule: section({
      cron: z
        .string()
        .regex(/^(\S+\s+){4}\S+$/, 'must be a five-field cron expression such as "0 2 * * *"')
        .default('0 2 * * *'),
      enabled: z.boolean().default(true),
    }),
    github: section({
      /** Per-attempt timeout of a GitHub request; a hung request is retried after it. */
      timeout_seconds: z.number().min(1).max(600).default(30),
    }),
    alerts: section({
      /** Where alerts go: Slack-compatible incoming webhooks ({"text": …}); the URL in the file or in an environment variable. */
      webhooks: z
        .array(
          z
            .object({
              name: z.string().regex(/^[\w.-]+$/, 'letters, digits, dots, dashes or underscores'),
              url: z.url().optional(),
              url_env: z
                .string()
                .regex(/^[A-Z_][A-Z0-9_]*$/, 'the name of an environment variable, e.g. SLACK_WEBHOOK_URL')
                .optional(),
            })
            .strict()
            .refine((w) => (w.url === undefined) !== (w.url_env === undefined), {
              message: 'give exactly one of url and url_env',
            }),
        )
        .default([]),
      rules: section(alertRulesShape),
      /** Attempts per alert and webhook before giving up (the job queue spaces them out). */
      max_attempts: z.number().int().min(1).max(20).default(5),
    }),
    insights: section({
      /** Per call to the LLM provider (LLM_BASE_URL); on a timeout the deterministic text stands. */
      timeout_seconds: z.number().min(1).max(300).default(20),
      /** At most this many calls a minute to the provider. */
      max_per_minute: z.number().int().min(1).max(600).default(30),
    }),
    events: section({
      /** Name of the ClickHouse cluster (CLICKHOUSE_URL): the replicated, sharded layout. */
      cluster: z
        .string()
        .regex(/^\w+$/, 'must be a ClickHouse cluster name (letters, digits, underscores)')
        .optional(),
      /** Lines of a GH Archive hour the events store reads and inserts at once while importing it. */
      batch_size: z.number().int().min(100).max(1_000_000).default(20_000),
    }),
    auth: section({
      /**
       * local: one implicit user with every role, for this machine (serve refuses it off the
       * loopback address); github: everyone signs in with GitHub (README "Users and access").
       */
      mode: z.enum(['local', 'github']).default('local'),
      /** Only members of these organisations may sign in (checked at sign-in)... */
      allowed_orgs: z.array(githubLogin).default([]),
      /** ...or of these teams, as org/team-slug. Both empty: any GitHub user. */
      allowed_teams: z
        .array(z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'org/team-slug, e.g. my-org/platform'))
        .default([]),
      /** Logins that are admins from their first sign-in. */
      admins: z.array(githubLogin).default([]),
      /** Everyone else's role at their first sign-in. */
      default_role: z.enum(['viewer', 'member', 'admin']).default('viewer'),
      /** A session ends this many hours after sign-in... */
      session_hours: z
        .number()
        .int()
        .min(1)
        .max(24 * 30)
        .default(12),
      /** ...or after this many minutes without a request. */
      idle_minutes: z
        .number()
        .int()
        .min(5)
        .max(24 * 60)
        .default(120),
      /**
       * What GitHub lets a person read (their private repositories) and their org and team
       * membership are asked again once the last answer is this many minutes old.
       */
      access_minutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60)
        .default(10),
      /**
       * Behind a reverse proxy that ends https: believe its X-Forwarded-Proto/-For, so the
       * session cookie is Secure and the audit log has the client's address. Only when the
       * proxy is the sole way in: anyone reaching the port directly could claim any address.
       */
      trust_proxy: z.boolean().default(false),
    }),
    retention: section({
      raw_days: days.default(7),
      staging_days: days.default(7),
      warehouse_days: days.default(30),
      workflow_runs_days: days.default(90),
    }),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
