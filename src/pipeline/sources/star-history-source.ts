import { fetchStarHistory, type StarHistoryTarget } from '../../sources/github/collect/fetch-star-history.ts';
import type { PipelineSource } from './pipeline-source.ts';

/**
 * GitHub's stargazers/history of every tracked repository with a language
 * (README "Star history"): backfills from the first page, then page 1 again
 * each run (304 when unchanged), within star_history.max_requests_per_run
 * and the core quota left, never waiting for a reset.
 */
export const starHistorySource: PipelineSource = {
  name: 'star_history',
  selectable: true,
  rawTables: ['github_star_history'],
  enabled: (config) => config.star_history.enabled,
  // Repositories this run tracks for the first time are not known before collect lists them.
  tasks: () => 1,
  cost: (config, known) => ({
    coreRequests: Math.min(config.star_history.max_requests_per_run, known.starHistory.pagesExpected),
  }),
  async collect(context, task) {
    const { octokit, known, spool, collection, asOf, newRepos, starHistoryLimit, coreQuotaLeft } = context;
    await task.task('star_history', async (t) => {
      const listed = known.starHistory.targets;
      // Unfinished backfills (oldest-tracked first), then the repositories new today, then refreshes.
      const targets: StarHistoryTarget[] = [
        ...listed.filter((target) => !target.complete),
        ...[...newRepos].map(([githubId, fullName]) => ({
          githubId,
          fullName,
          complete: false,
          nextPage: 1,
          page1Etag: null,
        })),
        ...listed.filter((target) => target.complete),
      ];
      const budget = Math.min(starHistoryLimit, await coreQuotaLeft());
      t.count('budget', budget);
      const counts = {
        pages: 0,
        not_modified: 0,
        missing: 0,
        failed: 0,
        backfills_finished: 0,
        backfills_unfinished: 0,
      };
      let reachedBackfills = 0;
      for await (const outcome of fetchStarHistory(octokit, targets, budget)) {
        spool.add('github_star_history', outcome.pages);
        counts.pages += outcome.pages.length;
        if (outcome.notModified) {
          counts.not_modified += 1;
          collection.starHistoryNotModified.push(outcome.target.githubId);
        }
        if (outcome.missing) counts.missing += 1;
        if (outcome.failed) counts.failed += 1;
        if (outcome.target.complete) continue;
        reachedBackfills += 1;
        if (outcome.finished) counts.backfills_finished += 1;
        else if (!outcome.missing) counts.backfills_unfinished += 1;
      }
      for (const [key, value] of Object.entries(counts)) t.count(key, value);
      // Backfills the budget did not reach at all wait for the next runs too.
      t.count('backfills_waiting', targets.filter((target) => !target.complete).length - reachedBackfills);
      t.count('repositories', targets.length);
      collection.state.set('star_history', { lastRun: asOf, cursor: {} });
    });
  },
};
