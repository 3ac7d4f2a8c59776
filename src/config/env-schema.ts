import { z } from 'zod';

/** Every environment variable gitpulse reads (README "Configuration"), in one schema. */
export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  GITPULSE_HOME: z.string().min(1).default('./.gitpulse'),
  GITPULSE_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  GITHUB_TOKEN: z.string().min(1).optional(),
  GITHUB_API_URL: z.url().default('https://api.github.com'),
  GITHUB_WEBHOOK_SECRET: z.string().min(1).optional(),
  API_TOKEN: z.string().min(1).optional(),
  /** A ClickHouse server or cluster for the events store; unset: embedded chDB under GITPULSE_HOME. */
  CLICKHOUSE_URL: z.url().optional(),
  /** An OpenAI-compatible chat-completions endpoint that words PR insights (e.g. http://127.0.0.1:11434/v1 for Ollama). */
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;
