import './style.css';
import type { AboutResponse } from '../../src/api/api-schemas.ts';
import { getJson } from './api-client.ts';
import { clearCharts } from './charts.ts';
import { companiesPage, companyPage } from './pages/companies-page.ts';
import { comparePage } from './pages/compare-page.ts';
import { deliveryPage } from './pages/delivery-page.ts';
import { languageRankingsPage, languagesPage } from './pages/languages-page.ts';
import { pullRequestsPage } from './pages/pull-requests-page.ts';
import { renderPage } from './pages/render-page.ts';
import { repoPage } from './pages/repo-page.ts';
import { qualityPage, runPage, runsPage } from './pages/runs-page.ts';
import { settingsPage } from './pages/settings-page.ts';
import { trackPage } from './pages/track-page.ts';
import { trendingPage } from './pages/trending-page.ts';
import { esc } from './render-helpers.ts';
import { searchRepositories } from './repository-search.ts';

const root = document.getElementById('app') as HTMLElement;

/** Colour theme: the system's (auto) unless the toggle chose light or dark; remembered in this browser. */
const THEMES = ['auto', 'dark', 'light'] as const;
type ThemeChoice = (typeof THEMES)[number];
const themeToggle = document.getElementById('theme-toggle') as HTMLButtonElement;
function applyTheme(choice: ThemeChoice): void {
  if (choice === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  themeToggle.textContent = `Theme: ${choice}`;
}
const savedTheme = localStorage.getItem('gitpulse-theme');
applyTheme(THEMES.includes(savedTheme as ThemeChoice) ? (savedTheme as ThemeChoice) : 'auto');
themeToggle.addEventListener('click', () => {
  const current = (document.documentElement.dataset.theme ?? 'auto') as ThemeChoice;
  const next = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length] as ThemeChoice;
  localStorage.setItem('gitpulse-theme', next);
  applyTheme(next);
  void route(); // charts take their colours when drawn
});

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
    else if (first === 'repo' && second && third) await repoPage(root, `${second}/${third}`, params);
    else if (first === 'companies' && second) await companyPage(root, second);
    else if (first === 'companies') await companiesPage(root);
    else if (first === 'runs' && second) await runPage(root, second);
    else if (first === 'runs') await runsPage(root);
    else if (first === 'quality') await qualityPage(root);
    else if (first === 'prs') await pullRequestsPage(root);
    else if (first === 'delivery') await deliveryPage(root, params);
    else if (first === 'compare') await comparePage(root, params);
    else if (first === 'track') await trackPage(root, params);
    else if (first === 'settings') await settingsPage(root);
    else root.innerHTML = `<div class="empty">No page ${esc(path)}. <a href="#/">Trending</a></div>`;
    root.dataset.page = first ?? 'trending';
  } catch (error) {
    root.innerHTML = `<div class="error">Could not load this page: ${esc((error as Error).message)}</div>`;
  }
}

const banner = document.createElement('div');
banner.className = 'status-banner';
banner.setAttribute('role', 'status');
document.body.insertBefore(banner, root);

/**
 * On every page: demo data says so (rankings are real, much else is made up,
 * src/github-replay/README.md), and a backfill running behind the server says
 * how far it is, since pages fill in as its days commit.
 */
async function showStatus(): Promise<void> {
  const about = await getJson<AboutResponse>('/api/about').catch(() => undefined);
  const parts: string[] = [];
  if (about?.backfill)
    parts.push(
      `<div class="backfill-banner">Backfilling the replay: ${about.backfill.done} of ${about.backfill.days} days committed${about.backfill.current ? ` (now ${esc(about.backfill.current)})` : ''}; pages fill in as days commit.</div>`,
    );
  if (about?.data_source === 'replay')
    parts.push(
      '<div class="demo-banner">Demo data from the offline GitHub replay: daily rankings, stars, forks and issues are real; Render blueprints, licences, topics, language bytes and pull requests are synthesized. Set <code>GITHUB_TOKEN</code> to collect from GitHub.</div>',
    );
  banner.innerHTML = parts.join('');
  if (about?.backfill) setTimeout(() => void showStatus(), 5000);
}

/** The header's search: suggestions while typing, Enter jumps to the best match's page. */
const searchForm = document.getElementById('search') as HTMLFormElement;
const searchInput = document.getElementById('search-input') as HTMLInputElement;
const searchResults = document.getElementById('search-results') as HTMLDataListElement;
let typing: ReturnType<typeof setTimeout> | undefined;
searchInput.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(
    () => void searchRepositories(searchInput.value.trim(), searchResults).catch(() => {}),
    150,
  );
});
searchForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = searchInput.value.trim();
  if (!text) return;
  const { best } = await searchRepositories(text, searchResults);
  if (best) {
    searchInput.value = '';
    location.hash = `#/repo/${best.repo_full_name}`;
  } else if (/^[\w.-]+\/[\w.-]+$/.test(text)) {
    // Not tracked yet: offer to track it.
    location.hash = `#/track?${new URLSearchParams({ repository: text })}`;
  } else {
    searchInput.setCustomValidity(`No tracked repository matches "${text}"`);
    searchInput.reportValidity();
    setTimeout(() => searchInput.setCustomValidity(''), 2000);
  }
});

window.addEventListener('hashchange', () => void route());
void route();
void showStatus();
