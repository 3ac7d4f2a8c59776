import { z } from 'zod';

/** Every environment variable gitpulse reads (README "Configuration"), in one schema. */
export const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    GITPULSE_HOME: z.string().min(1).default('./.gitpulse'),
    /** Below Linux's ephemeral range (32768–60999), where an outgoing connection could briefly hold the port. */
    GITPULSE_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(25432),
    /** Settings for the embedded PostgreSQL over gitpulse's warehouse-sized ones: `name=value` pairs, space- or comma-separated. */
    GITPULSE_PG_SETTINGS: z
      .string()
      .optional()
      .transform((text, context) => {
        const settings: Record<string, string> = {};
        for (const pair of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
          const match = /^([a-z_][a-z0-9_.]*)=(\S+)$/i.exec(pair);
          if (!match) {
            context.addIssue({
              code: 'custom',
              message: `"${pair}" is not name=value (e.g. shared_buffers=1GB)`,
            });
            return z.NEVER;
          }
          settings[match[1] as string] = match[2] as string;
        }
        return settings;
      }),
    GITHUB_TOKEN: z.string().min(1).optional(),
    /** Several tokens, comma-separated; requests are spread across them by remaining quota. */
    GITHUB_TOKENS: z
      .string()
      .optional()
      .transform((text) =>
        (text ?? '')
          .split(',')
          .map((token) => token.trim())
          .filter(Boolean),
      ),
    /** A GitHub App installation, as a further credential: all three or none. */
    GITHUB_APP_ID: z.string().regex(/^\d+$/, 'must be the numeric app id').optional(),
    /** The app's private key: the PEM text (newlines may be written \\n) or the path of a .pem file. */
    GITHUB_APP_PRIVATE_KEY: z.string().min(1).optional(),
    GITHUB_APP_INSTALLATION_ID: z.string().regex(/^\d+$/, 'must be the numeric installation id').optional(),
    GITHUB_API_URL: z.url().default('https://api.github.com'),
    GITHUB_WEBHOOK_SECRET: z.string().min(1).optional(),
    API_TOKEN: z.string().min(1).optional(),
    /** The GitHub App's (or OAuth App's) client credentials for signing in with GitHub (auth.mode github). */
    GITHUB_OAUTH_CLIENT_ID: z.string().min(1).optional(),
    GITHUB_OAUTH_CLIENT_SECRET: z.string().min(1).optional(),
    /** The identity database (users, sessions, tokens, audit log); unset: gitpulse_identity on the warehouse's server. */
    IDENTITY_DATABASE_URL: z.url().optional(),
    /** A ClickHouse server or cluster for the events store; unset: embedded chDB under GITPULSE_HOME. */
    CLICKHOUSE_URL: z.url().optional(),
    /** An OpenAI-compatible chat-completions endpoint that words PR insights (e.g. http://127.0.0.1:11434/v1 for Ollama). */
    LLM_BASE_URL: z.url().optional(),
    LLM_API_KEY: z.string().min(1).optional(),
    LLM_MODEL: z.string().min(1).optional(),
    /** The gitpulse server CLI commands talk to (`gitpulse login`); unset: serve's default, http://127.0.0.1:3000. */
    GITPULSE_URL: z.url({ protocol: /^https?$/ }).optional(),
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  })
  .superRefine((env, context) => {
    const app = [env.GITHUB_APP_ID, env.GITHUB_APP_PRIVATE_KEY, env.GITHUB_APP_INSTALLATION_ID];
    if (app.some(Boolean) && !app.every(Boolean))
      context.addIssue({
        code: 'custom',
        path: ['GITHUB_APP_ID'],
        message:
          'a GitHub App needs GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID together',
      });
  });

export type Env = z.infer<typeof envSchema>;
