import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { chatCompletionsProvider, parseWording } from '../../src/llm/chat-completions-provider.ts';
import { wordInsights } from '../../src/pipeline/word-insights.ts';
import { createFreshDatabase } from '../support/fresh-database.ts';
import { ingestDay, startTestReplay } from '../support/pipeline-fixture.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * A local server that speaks OpenAI's chat-completions protocol over real
 * HTTP, told how to misbehave: answer, hang past the timeout, answer text that
 * is not JSON, or refuse with 429s.
 */
type Mode = 'answer' | 'hang' | 'not-json' | 'always-429' | '429-once';
let mode: Mode = 'answer';
const received: { authorization?: string; body: { model: string; messages: { content: string }[] } }[] = [];
let llm: FastifyInstance;
let baseUrl: string;
let db: Database;
let replay: RunningReplay;
const KEY = 'sk-test-secret-key-0123456789';

beforeAll(async () => {
  llm = Fastify();
  let refusals = 0;
  llm.post('/v1/chat/completions', async (request, reply) => {
    received.push({
      authorization: request.headers.authorization,
      body: request.body as (typeof received)[number]['body'],
    });
    if (mode === 'hang') await new Promise((r) => setTimeout(r, 3000));
    if (mode === 'always-429' || (mode === '429-once' && refusals++ === 0))
      return reply
        .code(429)
        .header('retry-after', '0')
        .send({ error: { message: `Rate limit reached for key ${KEY}` } });
    const content =
      mode === 'not-json'
        ? 'Sure! Here is my review: looks fine.'
        : '```json\n{"summary": "Touches the auth session and a migration.", "recommendation": "Ask a second reviewer for the migration."}\n```';
    return {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 0,
      model: 'test-model-1',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
      usage: { prompt_tokens: 321, completion_tokens: 45, total_tokens: 366 },
    };
  });
  await llm.listen({ port: 0, host: '127.0.0.1' });
  const address = llm.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`;
  db = await createFreshDatabase();
  replay = await startTestReplay();
  await ingestDay(db, replay, '2026-08-01'); // the pulls source: rust-lang/rust's PRs, each with a deterministic insight
});
afterAll(async () => {
  await llm?.close();
  await replay?.close();
  await db?.close();
});
beforeEach(async () => {
  received.length = 0;
  await db.pool.query(
    "UPDATE warehouse.insights SET wording = 'pending', provider = 'deterministic', model = NULL, llm_error = NULL",
  );
});

const provider = (timeoutMs = 2000) =>
  chatCompletionsProvider({ baseUrl, apiKey: KEY, model: 'test-model', timeoutMs, maxPerMinute: 600 });
const insights = async () =>
  (
    await db.pool.query(
      'SELECT summary, recommendation, provider, model, wording, llm_latency_ms, llm_prompt_tokens, llm_completion_tokens, llm_error FROM warehouse.insights ORDER BY id',
    )
  ).rows;
const deterministic = async () =>
  (await db.pool.query("SELECT summary FROM warehouse.insights WHERE provider = 'deterministic'")).rows;

describe('AI insights through an OpenAI-compatible endpoint', () => {
  it('words every insight, records model, latency and tokens, and sends the factors and files but no code', async () => {
    const before = await insights();
    expect(before.length).toBeGreaterThan(0);
    const counts = await wordInsights(db, provider());
    expect(counts).toEqual({ worded: before.length, failed: 0 });
    for (const row of await insights()) {
      expect(row).toMatchObject({
        summary: 'Touches the auth session and a migration.',
        recommendation: 'Ask a second reviewer for the migration.',
        provider: 'chat-completions',
        model: 'test-model-1',
        wording: 'done',
        llm_prompt_tokens: 321,
        llm_completion_tokens: 45,
        llm_error: null,
      });
      expect(row.llm_latency_ms).toBeGreaterThanOrEqual(0);
    }
    const prompt = JSON.parse(received[0]?.body.messages[1]?.content ?? '{}');
    expect(prompt).toMatchObject({ repository: 'rust-lang/rust', factors: expect.any(Array) });
    expect(prompt.files[0]).toEqual({
      filename: expect.any(String),
      additions: expect.any(Number),
      deletions: expect.any(Number),
    });
    expect(JSON.stringify(prompt)).not.toContain('patch');
    expect(received[0]?.authorization).toBe(`Bearer ${KEY}`);
    expect(received[0]?.body.model).toBe('test-model');
  });

  it('a timeout: the deterministic text stands and the insight says so', async () => {
    mode = 'hang';
    const before = await deterministic();
    const counts = await wordInsights(db, provider(300));
    mode = 'answer';
    expect(counts.worded).toBe(0);
    const rows = await insights();
    expect(rows.every((r) => r.provider === 'deterministic' && r.wording === 'failed')).toBe(true);
    expect(rows[0]?.llm_error).toMatch(/timed out|timeout/i);
    expect((await deterministic()).length).toBe(before.length);
  }, 30_000);

  it('an answer that is not the JSON asked for fails that insight, not the run', async () => {
    mode = 'not-json';
    const counts = await wordInsights(db, provider());
    mode = 'answer';
    expect(counts.worded).toBe(0);
    expect((await insights())[0]).toMatchObject({
      provider: 'deterministic',
      wording: 'failed',
      llm_error: expect.stringContaining('did not answer JSON'),
    });
  });

  it('429s are retried; past the retries the error is kept without the key', async () => {
    mode = '429-once';
    const once = await wordInsights(db, provider());
    expect(once.failed).toBe(0);
    await db.pool.query("UPDATE warehouse.insights SET wording = 'pending'");
    mode = 'always-429';
    const always = await wordInsights(db, provider());
    mode = 'answer';
    expect(always.worded).toBe(0);
    const rows = await insights();
    expect(rows[0]?.llm_error).toContain('429');
    for (const row of rows) expect(String(row.llm_error)).not.toContain(KEY);
  }, 30_000);

  it('the answer shape is checked: fenced JSON accepted, empty fields refused', () => {
    expect(parseWording('```json\n{"summary":"a","recommendation":"b"}\n```')).toEqual({
      summary: 'a',
      recommendation: 'b',
    });
    expect(() => parseWording('{"summary":"","recommendation":"b"}')).toThrow(/summary/);
    expect(() => parseWording('{"summary":"a"}')).toThrow(/recommendation/);
  });

  it('LLM_BASE_URL without LLM_MODEL: serve refuses to start, exit 2, naming both', async () => {
    const result = await runCli(['serve', '--port', '0', '--no-scheduler'], {
      DATABASE_URL: db.url,
      LLM_BASE_URL: baseUrl,
      LLM_MODEL: undefined,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LLM_BASE_URL is set but LLM_MODEL is not');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
