import type { Database } from '../db/database.ts';
import type { InsightProvider } from '../llm/chat-completions-provider.ts';
import { listInsightsToWord, recordInsightWording } from '../warehouse/pull-requests/insight-wording.ts';

const BATCH = 20;

/**
 * Has the LLM provider word every insight still waiting, one call each (the
 * provider bounds the rate), outside any processing transaction: a slow or
 * failing model never holds up webhooks or a run. On any failure (timeout,
 * 429s past the retries, an answer that is not the JSON asked for) the
 * deterministic text stands, and the insight records the error and that the
 * deterministic engine wrote it.
 */
export async function wordInsights(
  db: Database,
  provider: InsightProvider,
): Promise<{ worded: number; failed: number }> {
  const counts = { worded: 0, failed: 0 };
  for (;;) {
    const waiting = await listInsightsToWord(db.pool, BATCH);
    if (waiting.length === 0) return counts;
    for (const insight of waiting) {
      try {
        const result = await provider.word({
          repository: insight.repository,
          prNumber: insight.pr_number,
          title: insight.title,
          riskLevel: insight.risk_level,
          factors: insight.factors,
          files: (insight.files ?? []).map((f) => ({
            filename: f.filename,
            additions: f.additions,
            deletions: f.deletions,
          })),
          additions: insight.additions,
          deletions: insight.deletions,
          deterministicSummary: insight.summary,
        });
        await recordInsightWording(db.pool, {
          id: insight.id,
          text: result.wording,
          provider: provider.name,
          model: result.model,
          latencyMs: result.latencyMs,
          promptTokens: result.promptTokens,
          completionTokens: result.completionTokens,
          error: null,
        });
        counts.worded++;
      } catch (error) {
        await recordInsightWording(db.pool, {
          id: insight.id,
          text: null,
          provider: 'deterministic',
          model: provider.model,
          latencyMs: null,
          promptTokens: null,
          completionTokens: null,
          error: (error as Error).message.slice(0, 500),
        });
        counts.failed++;
      }
    }
  }
}
