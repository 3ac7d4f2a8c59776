import { ConfigurationError } from '../user-facing-error.ts';
import { type Env, envSchema } from './env-schema.ts';

/** Validates the environment; empty strings count as unset. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigurationError(
    `Invalid environment: ${problems.join('; ')}`,
    'Fix or unset the variable named above (see README "Configuration").',
  );
}
