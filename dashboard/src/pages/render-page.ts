import type { RenderResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { doughnutChart } from '../charts.ts';
import { chartPanel, downloads, esc, numberColumn, repoLink, signed, table } from '../render-helpers.ts';

export async function renderPage(root: HTMLElement): Promise<void> {
  const showcase = await getJson<RenderResponse>('/api/render/showcase?limit=100');
  root.innerHTML = `
    <h1>Render showcase</h1>
    <p class="muted">Repositories with a render.yaml blueprint, and the services it declares.</p>
    ${chartPanel('service-chart')}
    <h2>Repositories ${downloads('/api/render/showcase?limit=100')}</h2>
    ${table(
      showcase.items,
      [
        { label: 'repository', cell: (r) => repoLink(r.repo_full_name) },
        { label: 'category', cell: (r) => esc(r.render_category ?? '') },
        {
          label: 'services',
          cell: (r) => r.service_types.map((s) => `<span class="chip">${esc(s)}</span>`).join(''),
        },
        numberColumn('stars', (r) => r.stars),
        { label: 'today', cell: (r) => signed(r.star_velocity), numeric: true },
        { label: 'momentum', cell: (r) => (r.momentum_score ?? 0).toFixed(3), numeric: true },
      ],
      'No Render blueprints found yet.',
    )}`;
  const counts = new Map<string, number>();
  for (const repo of showcase.items)
    for (const s of repo.service_types) counts.set(s, (counts.get(s) ?? 0) + 1);
  doughnutChart('service-chart', [...counts.keys()], [...counts.values()]);
}
