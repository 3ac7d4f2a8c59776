import type { Config } from '../../config/config-schema.ts';
import { REFRESH_REPOSITORIES_QUERY } from '../../sources/github/collect/refresh-repositories.ts';
import type { ReadPhaseResult } from '../read-phase.ts';
import { deliverySource } from './delivery-source.ts';
import { plannedPagedPoints } from './graphql-points.ts';
import { languagesSource } from './languages-source.ts';
import { orgsSource } from './orgs-source.ts';
import type { PipelineSource, SourceCost } from './pipeline-source.ts';
import { pullsSource } from './pulls-source.ts';
import { renderSource } from './render-source.ts';
import { repositoryRefresh } from './repository-refresh.ts';
import { starHistorySource } from './star-history-source.ts';
import { trendingSource } from './trending-source.ts';

/**
 * Every step of the collect phase in the order it runs: the lists, then the
 * refresh of what they found, then the sources that read on their own. A new
 * source is a file in this folder and a line here (README "Sources").
 */
export const COLLECT_STEPS: readonly PipelineSource[] = [
  orgsSource,
  trendingSource,
  renderSource,
  languagesSource,
  repositoryRefresh,
  pullsSource,
  deliverySource,
  starHistorySource,
];

/** The sources `--only` names. */
export const PIPELINE_SOURCES = COLLECT_STEPS.filter((step) => step.selectable).map((step) => step.name);

/** The steps a run with these sources takes: the ones chosen (all by default) that the config turns on. */
export function stepsFor(config: Config, only: ReadonlySet<string>): PipelineSource[] {
  return COLLECT_STEPS.filter((step) => (!step.selectable || only.has(step.name)) && step.enabled(config));
}

/** Tasks the steps start, for the progress bars: theirs and the quota plan. */
export const plannedCollectTasks = (steps: readonly PipelineSource[], config: Config) =>
  1 + steps.reduce((sum, step) => sum + step.tasks(config), 0);

/** What the steps expect to spend (README "GitHub": the quota plan). */
export function plannedCost(
  steps: readonly PipelineSource[],
  config: Config,
  known: ReadPhaseResult,
): SourceCost {
  const total: SourceCost = { refreshedRepos: 0, graphqlPoints: 0, coreRequests: 0 };
  for (const step of steps) {
    const cost = step.cost(config, known);
    total.refreshedRepos += cost.refreshedRepos ?? 0;
    total.graphqlPoints += cost.graphqlPoints ?? 0;
    total.coreRequests += cost.coreRequests ?? 0;
  }
  // the refresh reads 100 repositories a query (2 points by GitHub's formula: topics and languages of each)
  total.graphqlPoints += plannedPagedPoints(
    REFRESH_REPOSITORIES_QUERY,
    total.refreshedRepos,
    100,
    (size) => ({ ids: Array.from({ length: size }, () => '') }),
    known,
  );
  return total;
}
