import type { Config } from '../config/config-schema.ts';
import type { Env } from '../config/env-schema.ts';
import { chatCompletionsProvider, type InsightProvider } from '../llm/chat-completions-provider.ts';
import { ConfigurationError } from '../user-facing-error.ts';

/** The LLM provider LLM_BASE_URL names, or none: the deterministic risk engine alone. */
export function insightProviderFrom(env: Env, config: Config): InsightProvider | undefined {
  if (!env.LLM_BASE_URL) return undefined;
  if (!env.LLM_MODEL)
    throw new ConfigurationError(
      'LLM_BASE_URL is set but LLM_MODEL is not.',
      'Set LLM_MODEL to the model to ask (for example llama3.1 for Ollama), or unset LLM_BASE_URL to keep the deterministic insights alone.',
    );
  return chatCompletionsProvider({
    baseUrl: env.LLM_BASE_URL,
    apiKey: env.LLM_API_KEY,
    model: env.LLM_MODEL,
    timeoutMs: config.insights.timeout_seconds * 1000,
    maxPerMinute: config.insights.max_per_minute,
  });
}
