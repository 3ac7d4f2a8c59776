import type { CompaniesResponse, CompanyResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { barChart } from '../charts.ts';
import { card, chartPanel, downloads, esc, num, numberColumn, repoLink, table } from '../render-helpers.ts';

export async function companiesPage(root: HTMLElement): Promise<void> {
  const companies = await getJson<CompaniesResponse>('/api/companies');
  root.innerHTML = `
    <h1>Companies ${downloads('/api/companies')}</h1>
    ${table(
      companies.items,
      [
        {
          label: 'organisation',
          cell: (c) => `<a href="#/companies/${esc(c.company_name)}">${esc(c.company_name)}</a>`,
        },
        numberColumn('repositories', (c) => c.repo_count),
        numberColumn('stars', (c) => c.total_stars),
        numberColumn('forks', (c) => c.total_forks),
      ],
      'No company data yet: list organisations under orgs: in gitpulse.config.yaml, then run gitpulse ingest (their repositories show after the first run).',
    )}`;
}

export async function companyPage(root: HTMLElement, org: string): Promise<void> {
  const company = await getJson<CompanyResponse>(`/api/companies/${encodeURIComponent(org)}`);
  root.innerHTML = `
    <h1>${esc(company.company.company_name)}</h1>
    <div class="cards">
      ${card('repositories', num(company.company.repo_count))}
      ${card('stars', num(company.company.total_stars))}
      ${card('forks', num(company.company.total_forks))}
    </div>
    ${chartPanel('company-languages')}
    <h2>Most forked ${downloads(`/api/companies/${encodeURIComponent(org)}`, 'top_forked')}</h2>
    ${table(company.top_forked, [
      numberColumn('#', (r) => r.fork_rank),
      { label: 'repository', cell: (r) => repoLink(r.repo_full_name) },
      numberColumn('forks', (r) => r.forks),
      numberColumn('stars', (r) => r.stars),
    ])}`;
  barChart(
    'company-languages',
    company.languages.slice(0, 10),
    { name: (l) => l.language_name, value: (l) => l.share_percent ?? 0 },
    "Share of the company's code by language (% of bytes)",
    true,
  );
}
