import { h } from './dom-builder.ts';

/**
 * Where the panel goes, best first. GitHub changes its markup, so several
 * generations are listed (today's React and Turbo pages, the Rails pages
 * before them); when none is there the panel becomes a small floating button
 * rather than guessing at the page's structure.
 */
const ANCHORS: Record<'repository' | 'pull-request', { selector: string; place: 'after' | 'prepend' }[]> = {
  repository: [
    { selector: '#repository-container-header', place: 'after' },
    { selector: '[data-testid="repository-container-header"]', place: 'after' },
    { selector: '.pagehead.repohead', place: 'after' },
    { selector: '#repo-content-turbo-frame', place: 'prepend' },
    { selector: '#repo-content-pjax-container', place: 'prepend' },
  ],
  'pull-request': [
    { selector: '#partial-discussion-sidebar', place: 'prepend' },
    { selector: '[data-testid="issue-viewer-metadata-pane"]', place: 'prepend' },
    { selector: '#partial-discussion-header', place: 'after' },
    { selector: '.gh-header-meta', place: 'after' },
  ],
};

export const PANEL_ID = 'gitpulse-panel';
export const FLOATING_ID = 'gitpulse-floating';

/** Removes what an earlier page put in (Turbo keeps the document between pages). */
export function removeInserted(): void {
  document.getElementById(PANEL_ID)?.remove();
  document.getElementById(FLOATING_ID)?.remove();
}

/**
 * Puts the panel at the first anchor the page has; else a floating button that
 * opens it over the page. Says which, so the panel can count its own opening.
 */
export function insertPanel(
  kind: 'repository' | 'pull-request',
  panel: HTMLElement,
  onFloatingOpen: () => void,
): 'inline' | 'floating' {
  for (const { selector, place } of ANCHORS[kind]) {
    const anchor = document.querySelector(selector);
    if (!anchor?.isConnected) continue;
    if (place === 'after') anchor.after(panel);
    else anchor.prepend(panel);
    return 'inline';
  }
  const button = h(
    'button',
    { type: 'button', class: 'gitpulse-floating-button', 'aria-expanded': 'false' },
    'gitpulse',
  );
  const holder = h('div', { id: FLOATING_ID, class: 'gitpulse-floating' }, button);
  panel.classList.add('gitpulse-floating-panel');
  panel.hidden = true;
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) onFloatingOpen();
  });
  holder.append(panel);
  document.body.append(holder);
  return 'floating';
}
