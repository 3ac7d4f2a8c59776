import { ext } from '../shared/browser-api.ts';
import type { PullRequestPanel, RepositoryPanel, Request } from '../shared/messages.ts';
import { colorScheme, watchColorScheme } from './color-scheme.ts';
import { type GitHubPage, githubPage } from './github-page.ts';
import { insertPanel, PANEL_ID, removeInserted } from './insertion-point.ts';
import { panelFrame } from './panel-frame.ts';
import { showPullRequestPanel } from './pull-request-panel.ts';
import { showRepositoryPanel } from './repository-panel.ts';

/*
 * On github.com: reads which repository or PR the page is from its URL, asks
 * the background worker for gitpulse's figures and shows them in a panel.
 * It reads nothing else of the page and sends nothing of it: the only things
 * that leave are the repository's owner/name and a PR number.
 */

const send = (request: Request) => ext.runtime.sendMessage(request);
let shownFor = '';
let generation = 0;

async function show(): Promise<void> {
  const url = location.href.split('#')[0] ?? location.href;
  const page: GitHubPage = githubPage(new URL(url));
  // the same page still showing its panel: nothing to do (a Turbo render that kept it)
  if (url === shownFor && (page.kind === 'other' || document.getElementById(PANEL_ID))) return;
  const firstTime = url !== shownFor;
  shownFor = url;
  removeInserted();
  if (page.kind === 'other') return;
  const mine = ++generation;
  const prNumber = page.kind === 'pull-request' ? page.number : undefined;
  const opened = () =>
    void send({ kind: 'event', type: 'panel_opened', repository: page.repository, pr_number: prNumber });
  const { panel, body } = panelFrame(
    page.kind === 'pull-request' ? `gitpulse · #${page.number}` : 'gitpulse',
    opened,
  );
  insertPanel(page.kind, panel, opened);
  if (firstTime) {
    void send(
      page.kind === 'pull-request'
        ? { kind: 'event', type: 'pull_request_viewed', repository: page.repository, pr_number: page.number }
        : { kind: 'event', type: 'repository_viewed', repository: page.repository },
    );
  }
  if (page.kind === 'pull-request') {
    const answer = (await send({
      kind: 'pull-request-panel',
      repository: page.repository,
      number: page.number,
    })) as PullRequestPanel;
    if (mine === generation) showPullRequestPanel(body, answer);
  } else {
    const answer = (await send({ kind: 'repository-panel', repository: page.repository })) as RepositoryPanel;
    if (mine === generation) showRepositoryPanel(body, answer);
  }
}

// GitHub moves between pages without loading them (Turbo; pjax on older pages): follow its
// events, the history, and, should both change again, the URL itself twice a second
for (const event of ['turbo:load', 'turbo:render', 'pjax:end'])
  document.addEventListener(event, () => void show());
addEventListener('popstate', () => void show());
setInterval(() => void show(), 500);
watchColorScheme(() => document.getElementById(PANEL_ID)?.setAttribute('data-theme', colorScheme()));
void show();
