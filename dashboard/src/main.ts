import './style.css';
import type { AboutResponse } from '../../src/api/api-schemas.ts';
import { getJson } from './api-client.ts';
import { clearCharts } from './charts.ts';
import { companiesPage, companyPage } from './pages/companies-page.ts';
import { languageRankingsPage, languagesPage } from './pages/languages-page.ts';
import { pullRequestsPage } from './pages/pull-requests-page.ts';
import { renderPage } from './pages/render-page.ts';
import { repoPage } from './pages/repo-page.ts';
import { qualityPage, runPage, runsPage } from './pages/runs-page.ts';
import { trendingPage } from './pages/trending-page.ts';
import { esc } from './render-helpers.ts';

const root = document.getElementById('app') as HTMLElement;

/** Hash routes: #/path?query → page. */
async function route(): Promise<void> {
  const [path = '/', search = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const target = link.getAttribute('href') ?? '';
    link.classList.toggle(
      'active',
      target === `#/${parts[0] ?? ''}` || (target === '#/' && parts.length === 0),
    );
  }
  clearCharts();
  root.innerHTML = '<div class="loading">Loading…</div>';
  try {
    const [first, second, third] = parts;
    if (!first) await trendingPage(root, params);
    else if (first === 'languages' && second) await languageRankingsPage(root, second);
    else if (first === 'languages') await languagesPage(root);
    else if (first === 'render') await renderPage(root);
    else if (first === 'repo' && second && third) await repoPage(root, `${second}/${third}`);
    else if (first === 'companies' && second) await companyPage(root, second);
    else if (first === 'companies') await companiesPage(root);
    else if (first === 'runs' && second) await runPage(root, second);
    else if (first === 'runs') await runsPage(root);
    else if (first === 'quality') await qualityPage(root);
    else if (first === 'prs') await pullRequestsPage(root);
    else root.innerHTML = `<div class="empty">No page ${esc(path)}. <a href="#/">Trending</a></div>`;
    root.dataset.page = first ?? 'trending';
  } catch (error) {
    root.innerHTML = `<div class="error">Could not load this page: ${esc((error as Error).message)}</div>`;
  }
}

/** Demo data says so on every page: rankings are real, much else is made up (src/github-replay/README.md). */
async function markDemoData(): Promise<void> {
  const about = await getJson<AboutResponse>('/api/about').catch(() => undefined);
  if (about?.data_source !== 'replay') return;
  const banner = document.createElement('div');
  banner.className = 'demo-banner';
  banner.setAttribute('role', 'note');
  banner.innerHTML =
    'Demo data from the offline GitHub replay: daily rankings, stars, forks and issues are real; Render blueprints, licences, topics, language bytes and pull requests are synthesized. Set <code>GITHUB_TOKEN</code> to collect from GitHub.';
  document.body.insertBefore(banner, root);
}

window.addEventListener('hashchange', () => void route());
void route();
void markDemoData();
