import type { Queryable } from '../../db/database.ts';
import { sqlFile } from '../../sql/sql-file.ts';

const LIST = sqlFile(import.meta.url, 'list-insights-to-word.sql');
const RECORD = sqlFile(import.meta.url, 'record-insight-wording.sql');

export interface InsightToWord {
  id: string;
  repository: string;
  pr_number: number;
  title: string | null;
  risk_level: string | null;
  summary: string | null;
  recommendation: string | null;
  factors: unknown;
  files: { filename: string; additions: number; deletions: number }[] | null;
  additions: number | null;
  deletions: number | null;
}

/** Insights whose text an LLM has not worded yet, oldest first. */
export async function listInsightsToWord(db: Queryable, limit: number): Promise<InsightToWord[]> {
  return (await db.query<InsightToWord>(LIST, [limit])).rows;
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
  await db.query(RECORD, [
    record.id,
    record.text?.summary ?? null,
    record.text?.recommendation ?? null,
    record.provider,
    record.model,
    record.text ? 'done' : 'failed',
    record.latencyMs,
    record.promptTokens,
    record.completionTokens,
    record.error,
  ]);
}
