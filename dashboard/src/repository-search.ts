import type { SearchResponse } from '../../src/api/api-schemas.ts';
import { getJson } from './api-client.ts';
import { esc } from './render-helpers.ts';

type Found = SearchResponse['items'];

/**
 * Tracked repositories matching what was typed (GET /api/search), shown as the
 * input's suggestions; `best` is the exact name (or an old name: a rename), else the first match.
 */
export async function searchRepositories(text: string, suggestions: HTMLDataListElement | null) {
  const items: Found = text
    ? (await getJson<SearchResponse>(`/api/search?q=${encodeURIComponent(text)}`)).items
    : [];
  if (suggestions)
    suggestions.innerHTML = items
      .map(
        (s) =>
          `<option value="${esc(s.repo_full_name)}">${esc([s.language, ...s.aliases.map((a) => `formerly ${a}`)].filter(Boolean).join(' · '))}</option>`,
      )
      .join('');
  const named = (s: Found[number]) =>
    [s.repo_full_name, ...s.aliases].some((name) => name.toLowerCase() === text.toLowerCase());
  const best = items.find(named) ?? items[0];
  return { items, best };
}
