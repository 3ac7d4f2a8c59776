import type { Queryable } from '../../db/database.ts';
import { type IListInsightsToWordSqlResult, listInsightsToWordSql } from './list-insights-to-word.queries.ts';
import { recordInsightWordingSql } from './record-insight-wording.queries.ts';
import type { ChangedFile } from './record-pull-request.ts';

/** An insight waiting for wording, its PR's files as upsert-pull-request.sql stores them (pgtyped types jsonb as Json). */
export type InsightToWord = Omit<IListInsightsToWordSqlResult, 'files'> & { files: ChangedFile[] | null };

/** Insights whose text an LLM has not worded yet, oldest first. */
export async function listInsightsToWord(db: Queryable, limit: number): Promise<InsightToWord[]> {
  return (await listInsightsToWordSql.run({ limit }, db)) as unknown as InsightToWord[];
}

export interface InsightWordingRecord {
  id: string;
  /** The new text; null when the provider failed and the deterministic text stands. */
  text: { summary: string; recommendation: string } | null;
  provider: string;
  model: string | null;
  latencyMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  error: string | null;
}

export async function recordInsightWording(db: Queryable, record: InsightWordingRecord): Promise<void> {
  await recordInsightWordingSql.run(
    {
      id: record.id,
      summary: record.text?.summary ?? null,
      recommendation: record.text?.recommendation ?? null,
      provider: record.provider,
      model: record.model,
      wording: record.text ? 'done' : 'failed',
      latencyMs: record.latencyMs,
      promptTokens: record.promptTokens,
      completionTokens: record.completionTokens,
      error: record.error,
    },
    db,
  );
}
