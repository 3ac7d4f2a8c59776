import { ext } from '../shared/browser-api.ts';
import type { RepositoryFigures, RepositoryPanel, TrackAnswer } from '../shared/messages.ts';
import { h } from './dom-builder.ts';
import { showUnavailable } from './panel-frame.ts';
import { starChart } from './star-chart.ts';

const count = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-US'));
const signed = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : ''}${n.toLocaleString('en-US')}`);

function figure(name: string, label: string, value: string): HTMLElement {
  return h(
    'div',
    { class: 'gitpulse-figure', 'data-figure': name },
    h('span', { class: 'gitpulse-muted' }, label),
    h('b', {}, value),
  );
}

function ready(body: HTMLElement, f: RepositoryFigures): void {
  const parts: (HTMLElement | SVGElement | null)[] = [
    h(
      'div',
      { class: 'gitpulse-figures' },
      figure('stars', 'stars', count(f.stars)),
      figure('gain-1d', 'today', signed(f.gain_1d)),
      figure('gain-7d', '7 days', signed(f.gain_7d)),
      figure('momentum', 'momentum', f.momentum === null ? '–' : f.momentum.toFixed(3)),
      figure('rank', 'rank', f.rank === null ? '–' : `#${f.rank.toLocaleString('en-US')}`),
    ),
    starChart(f.history, f.tracked_since),
    h(
      'p',
      { class: 'gitpulse-muted gitpulse-stars-note' },
      f.history.length > 0
        ? `Stars from ${f.history[0]?.day}${f.tracked_since ? `; gitpulse's daily snapshots begin ${f.tracked_since}` : ''}${f.snapshot_date ? `; latest snapshot ${f.snapshot_date}` : ''}.`
        : 'No star history collected yet.',
    ),
    f.delivery
      ? h(
          'p',
          { class: 'gitpulse-delivery' },
          `Delivery (week of ${f.delivery.period_start}): `,
          ...Object.entries(f.delivery.bands).flatMap(([key, band], i) => [
            i > 0 ? ', ' : '',
            h('span', { class: 'gitpulse-band', 'data-band': band }, `${key} ${band}`),
          ]),
        )
      : null,
    f.views && f.views.views > 0
      ? h(
          'p',
          { class: 'gitpulse-views' },
          `Viewed by your team: ${f.views.viewers} ${f.views.viewers === 1 ? 'person' : 'people'}, ${f.views.views} ${f.views.views === 1 ? 'view' : 'views'} in ${f.views.days} days (${f.views.logins.join(', ')})`,
        )
      : null,
  ];
  body.replaceChildren(...parts.filter((part) => part !== null));
}

function notTracked(body: HTMLElement, repository: string, canTrack: boolean): void {
  const line = h('p', { class: 'gitpulse-not-tracked' }, `gitpulse does not track ${repository}.`);
  if (!canTrack) {
    line.append(' Members can ask for it to be tracked.');
    body.replaceChildren(line);
    return;
  }
  const button = h('button', { type: 'button', class: 'gitpulse-track btn btn-sm' }, 'Track in gitpulse');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const answer = (await ext.runtime.sendMessage({ kind: 'track', repository })) as TrackAnswer;
    if (answer.state === 'requested') {
      button.replaceWith(
        h(
          'span',
          { class: 'gitpulse-tracked' },
          answer.status === 'tracked'
            ? 'Tracked.'
            : 'Asked: the next gitpulse run reads it from GitHub, then snapshots it daily.',
        ),
      );
    } else if (answer.state === 'forbidden') {
      button.replaceWith(
        h('span', { class: 'gitpulse-error' }, 'Your gitpulse role may not track repositories.'),
      );
    } else showUnavailable(body, answer);
  });
  body.replaceChildren(line, button);
}

export function showRepositoryPanel(body: HTMLElement, answer: RepositoryPanel): void {
  if (answer.state === 'ready') ready(body, answer.figures);
  else if (answer.state === 'not-tracked') notTracked(body, answer.repository, answer.canTrack);
  else showUnavailable(body, answer);
}
