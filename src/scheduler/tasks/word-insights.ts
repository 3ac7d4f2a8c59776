import { wordInsights as wordWithProvider } from '../../pipeline/word-insights.ts';
import type { JobTask } from '../job-task.ts';

/**
 * New insights worded by the LLM, off the processing transaction. Queued after
 * webhooks are processed, after an ingest, and at start; only with an LLM.
 */
export const wordInsights: JobTask = {
  name: 'word_insights',
  wanted: ({ insightProvider }) => insightProvider !== undefined,
  atStart: true,
  async run({ db, logger, insightProvider }) {
    if (!insightProvider) return;
    const counts = await wordWithProvider(db, insightProvider);
    if (counts.failed > 0)
      logger.warn(counts, 'the LLM provider failed on some insights; their deterministic text stands');
  },
};
