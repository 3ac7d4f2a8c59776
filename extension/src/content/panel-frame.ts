import { ext } from '../shared/browser-api.ts';
import type { Unavailable } from '../shared/messages.ts';
import { colorScheme } from './color-scheme.ts';
import { h } from './dom-builder.ts';
import { PANEL_ID } from './insertion-point.ts';

/**
 * The panel's frame: a titled box whose body can be folded away; unfolding
 * it by hand calls `onOpen` (the `panel_opened` event, when allowed).
 */
export function panelFrame(title: string, onOpen: () => void): { panel: HTMLElement; body: HTMLElement } {
  const body = h('div', { class: 'gitpulse-body' }, h('p', { class: 'gitpulse-muted' }, 'Loading…'));
  const toggle = h('button', { type: 'button', class: 'gitpulse-toggle', 'aria-expanded': 'true' }, 'Hide');
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.textContent = body.hidden ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!body.hidden));
    if (!body.hidden) onOpen();
  });
  const panel = h(
    'section',
    { id: PANEL_ID, class: 'gitpulse-panel', 'data-theme': colorScheme(), 'aria-label': title },
    h('header', { class: 'gitpulse-header' }, h('strong', {}, title), toggle),
    body,
  );
  return { panel, body };
}

export function openOptionsLink(text: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'gitpulse-link' }, text);
  button.addEventListener('click', () => void ext.runtime.sendMessage({ kind: 'open-options' }));
  return button;
}

/** Nothing to show: why, and what to do about it. */
export function showUnavailable(body: HTMLElement, answer: Unavailable): void {
  if (answer.state === 'not-configured') {
    body.replaceChildren(
      h(
        'p',
        { class: 'gitpulse-sign-in' },
        'Connect gitpulse to see its figures here. ',
        openOptionsLink('Set the server'),
      ),
    );
  } else if (answer.state === 'signed-out') {
    body.replaceChildren(
      h(
        'p',
        { class: 'gitpulse-sign-in' },
        'Sign in to gitpulse to see its figures. ',
        openOptionsLink('Sign in'),
      ),
    );
  } else {
    body.replaceChildren(h('p', { class: 'gitpulse-error' }, answer.message));
  }
}
