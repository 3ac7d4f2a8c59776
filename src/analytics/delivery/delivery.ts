import type { Queryable } from '../../db/database.ts';
import { countBotPrsSql } from './count-bot-prs.queries.ts';
import { readDeliveryRepositorySql } from './read-delivery-repository.queries.ts';
import { readDoraMetricsSql } from './read-dora-metrics.queries.ts';
import { readPrDeliveryTimesSql } from './read-pr-delivery-times.queries.ts';
import { readProductionDeploymentsSql } from './read-production-deployments.queries.ts';

/** How many PRs and deployments an answer lists beside its periods. */
const LISTED = 100;

export interface DeliveryRequest {
  period: 'week' | 'month';
  periods: number;
  includeBots: boolean;
}

/** The DORA periods of a scope kind (or one repository), the PRs behind the lead times and the bots left out. */
export async function readDelivery(
  db: Queryable,
  scope: { kind: 'all' | 'org' | 'repository'; repository?: string },
  request: DeliveryRequest,
) {
  const repository = scope.repository ?? null;
  const [items, [bots], prs] = await Promise.all([
    readDoraMetricsSql.run(
      { periodKind: request.period, scopeKind: scope.kind, scope: repository, periods: request.periods },
      db,
    ),
    countBotPrsSql.run({ repository }, db),
    readPrDeliveryTimesSql.run({ repository, includeBots: request.includeBots, limit: LISTED }, db),
  ]);
  return { items, botPrs: bots?.bot_prs ?? 0, prs };
}

/** A repository's latest production deployments, with the incidents charged to each. */
export function readProductionDeployments(db: Queryable, repository: string) {
  return readProductionDeploymentsSql.run({ repository, limit: LISTED }, db);
}

/** The repository's name as GitHub spells it, when the PR flow knows it; undefined otherwise. */
export async function readDeliveryRepository(db: Queryable, fullName: string): Promise<string | undefined> {
  return (await readDeliveryRepositorySql.run({ fullName }, db))[0]?.full_name;
}
