import { readFileSync } from 'node:fs';

const FRAGMENTS = readFileSync(new URL('./query-fragments.graphql', import.meta.url), 'utf8')
  .split(/^(?=fragment )/m)
  .filter((text) => text.startsWith('fragment '))
  .map((text) => ({ name: /^fragment (\w+)/.exec(text)?.[1] ?? '', text: text.trim() }));

/**
 * A collector's query file with the fragments of query-fragments.graphql that
 * it spreads, and only those (GitHub refuses a document with an unused one).
 * No GraphQL library composes documents from files; this is a text append.
 */
export function readGraphqlDocument(moduleUrl: string, file: string): string {
  const query = readFileSync(new URL(file, moduleUrl), 'utf8');
  const used = FRAGMENTS.filter(({ name }) => new RegExp(`\\.\\.\\.${name}\\b`).test(query));
  return [query.trimEnd(), ...used.map(({ text }) => text)].join('\n\n');
}
