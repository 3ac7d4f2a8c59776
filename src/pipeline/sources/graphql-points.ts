import { graphqlCost, operationName } from '../../sources/github/graphql-cost.ts';
import type { ReadPhaseResult } from '../read-phase.ts';

/** Where a run keeps what GitHub charged an operation (ops.ingestion_state), for the next run's plan. */
export const graphqlCostKey = (operation: string) => `graphql_cost:${operation}`;

/**
 * The points one request of `query` is planned at: what GitHub charged the
 * operation in an earlier run (the most one request of it cost, from
 * rateLimit.cost), else GitHub's documented formula for these variables.
 */
export function plannedGraphqlPoints(
  query: string,
  variables: Record<string, unknown>,
  known: Pick<ReadPhaseResult, 'state'>,
): number {
  const operation = operationName(query);
  const charged = operation ? Number(known.state.get(graphqlCostKey(operation))?.cursor.points) : Number.NaN;
  return Number.isFinite(charged) && charged > 0 ? charged : graphqlCost(query, variables);
}
