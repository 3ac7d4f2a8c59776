import { graphqlCost, operationName } from '../../sources/github/graphql-cost.ts';
import type { ReadPhaseResult } from '../read-phase.ts';

/** Where a run keeps what GitHub charged an operation (ops.ingestion_state), for the next run's plan. */
export const graphqlCostKey = (operation: string) => `graphql_cost:${operation}`;

/**
 * The points one request of `query` is planned at: what GitHub charged the
 * operation in an earlier run (the most one request of it cost, from
 * rateLimit.cost), else GitHub's documented formula for these variables.
 */
function plannedGraphqlPoints(
  query: string,
  variables: Record<string, unknown>,
  known: Pick<ReadPhaseResult, 'state'>,
): number {
  const operation = operationName(query);
  const charged = operation ? Number(known.state.get(graphqlCostKey(operation))?.cursor.points) : Number.NaN;
  return Number.isFinite(charged) && charged > 0 ? charged : graphqlCost(query, variables);
}

/**
 * The points of reading `items` through `query` in pages of `pageSize`, a
 * page's variables from its size: the full pages are priced once and the last,
 * shorter one apart (a refresh of a million repositories is 10,000 pages, not
 * 10,000 parses of the query).
 */
export function plannedPagedPoints(
  query: string,
  items: number,
  pageSize: number,
  variablesOf: (size: number) => Record<string, unknown>,
  known: Pick<ReadPhaseResult, 'state'>,
): number {
  const fullPages = Math.floor(items / pageSize);
  const rest = items % pageSize;
  return (
    (fullPages > 0 ? fullPages * plannedGraphqlPoints(query, variablesOf(pageSize), known) : 0) +
    (rest > 0 ? plannedGraphqlPoints(query, variablesOf(rest), known) : 0)
  );
}
