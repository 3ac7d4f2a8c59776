import { type FieldNode, Kind, parse, type SelectionSetNode, type ValueNode } from 'graphql';

/*
 * What GitHub charges for a GraphQL query, by its documented formula
 * ("Calculating a rate limit score"): every connection asked with `first` or
 * `last` is one request for each object it hangs from (the ones above it
 * multiply: 100 pull requests with `files(first: 100)` are 100 requests for
 * the files), the requests are summed, divided by 100 and rounded, and a
 * query costs at least 1. Written here because no library computes it; the
 * replay charges by it and the quota plan expects it where no answer has told
 * the real cost yet (GitHub's rateLimit.cost, which the run learns).
 */

function argumentValue(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.LIST) return value.values.map((v) => argumentValue(v, variables));
  return undefined;
}

function requests(
  selections: SelectionSetNode | undefined,
  parents: number,
  variables: Record<string, unknown>,
): number {
  let total = 0;
  for (const selection of selections?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) {
      if (selection.kind === Kind.INLINE_FRAGMENT)
        total += requests(selection.selectionSet, parents, variables);
      continue;
    }
    const field = selection as FieldNode;
    const arg = (name: string) =>
      argumentValue(field.arguments?.find((a) => a.name.value === name)?.value, variables);
    const limit = arg('first') ?? arg('last');
    const ids = arg('ids');
    if (typeof limit === 'number') {
      // a connection: one request per object above it, then its nodes multiply what is below
      total += parents + requests(field.selectionSet, parents * limit, variables);
    } else if (field.name.value === 'nodes' && Array.isArray(ids)) {
      total += requests(field.selectionSet, parents * ids.length, variables);
    } else {
      total += requests(field.selectionSet, parents, variables);
    }
  }
  return total;
}

/** The points GitHub's formula charges for `query` with `variables` (fragments spread by name are not followed). */
export function graphqlCost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  let total = 0;
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      total += requests(definition.selectionSet, 1, variables);
  return Math.max(1, Math.round(total / 100));
}

/** The operation's name (`query ListPulls(…)`), which the run files GitHub's reported cost under. */
export function operationName(query: string): string | undefined {
  return /^\s*(?:query|mutation)\s+(\w+)/m.exec(query.replace(/^\s*#.*$/gm, ''))?.[1];
}
