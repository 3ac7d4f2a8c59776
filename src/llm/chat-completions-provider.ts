import Bottleneck from 'bottleneck';
import OpenAI from 'openai';
import { z } from 'zod';

/** What the provider is told about a PR: the deterministic assessment and the diff's shape, never its code. */
export interface InsightPrompt {
  repository: string;
  prNumber: number;
  title: string | null;
  riskLevel: string | null;
  factors: unknown;
  files: { filename: string; additions: number; deletions: number }[];
  additions: number | null;
  deletions: number | null;
  deterministicSummary: string | null;
}

/** The one answer shape accepted from a model; anything else fails the call. */
export const insightWording = z.object({
  summary: z.string().trim().min(1).max(2000),
  recommendation: z.string().trim().min(1).max(2000),
});
export type InsightWording = z.infer<typeof insightWording>;

export interface WordingResult {
  wording: InsightWording;
  model: string;
  latencyMs: number;
  promptTokens: number | null;
  completionTokens: number | null;
}

export interface InsightProvider {
  readonly name: string;
  readonly model: string;
  word(prompt: InsightPrompt): Promise<WordingResult>;
}

const SYSTEM = [
  'You review GitHub pull requests for risk. You get a deterministic assessment (level and factors) and the',
  'changed files with their line counts. Keep the risk level as given. Answer with one JSON object and nothing',
  'else: {"summary": "<two sentences on what makes this PR risky or safe>", "recommendation": "<what a',
  'reviewer should check before merging>"}.',
].join(' ');

/**
 * An OpenAI-compatible chat-completions endpoint (LLM_BASE_URL: OpenAI,
 * Ollama, vLLM, most hosted APIs) through the official `openai` client:
 * a timeout per call, its retries of 429s and 5xx (honouring retry-after),
 * and at most `maxPerMinute` calls a minute. The answer must be JSON of
 * `insightWording`'s shape.
 */
export function chatCompletionsProvider(options: {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  maxPerMinute: number;
}): InsightProvider {
  // Ollama and other local servers need no key; the client insists on one.
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? 'none',
    timeout: options.timeoutMs,
    maxRetries: 2,
  });
  const limiter = new Bottleneck({ maxConcurrent: 1, minTime: Math.ceil(60_000 / options.maxPerMinute) });
  return {
    name: 'chat-completions',
    model: options.model,
    word: (prompt) =>
      limiter.schedule(async () => {
        try {
          return await complete(prompt);
        } catch (error) {
          // A provider's error may quote the key it refused: never let it reach a row or a log.
          const message = (error as Error).message;
          throw new Error(options.apiKey ? message.replaceAll(options.apiKey, '***') : message);
        }
      }),
  };

  async function complete(prompt: InsightPrompt): Promise<WordingResult> {
    const started = performance.now();
    const completion = await client.chat.completions.create({
      model: options.model,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: JSON.stringify(prompt) },
      ],
    });
    const content = completion.choices[0]?.message?.content ?? '';
    return {
      wording: parseWording(content),
      model: completion.model || options.model,
      latencyMs: Math.round(performance.now() - started),
      promptTokens: completion.usage?.prompt_tokens ?? null,
      completionTokens: completion.usage?.completion_tokens ?? null,
    };
  }
}

/** The model's message as wording; models often fence JSON in ```json blocks. */
export function parseWording(content: string): InsightWording {
  const unfenced = content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(unfenced);
  } catch {
    throw new Error(`the model did not answer JSON: ${JSON.stringify(content.slice(0, 120))}`);
  }
  const checked = insightWording.safeParse(parsed);
  if (!checked.success)
    throw new Error(`the model's JSON is not {summary, recommendation}: ${checked.error.issues[0]?.message}`);
  return checked.data;
}
