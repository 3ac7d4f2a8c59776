import type { PullRequestPanel } from '../shared/messages.ts';
import { h } from './dom-builder.ts';
import { showUnavailable } from './panel-frame.ts';

export function showPullRequestPanel(body: HTMLElement, answer: PullRequestPanel): void {
  if (answer.state === 'unknown') {
    body.replaceChildren(
      h(
        'p',
        { class: 'gitpulse-muted' },
        `gitpulse has not seen ${answer.repository}#${answer.number} (its PR flow follows pulls.repos and its webhooks).`,
      ),
    );
    return;
  }
  if (answer.state !== 'ready') {
    showUnavailable(body, answer);
    return;
  }
  const pr = answer.figures;
  body.replaceChildren(
    pr.insight
      ? h(
          'div',
          { class: 'gitpulse-insight', 'data-risk': pr.insight.risk_level ?? 'none' },
          h(
            'p',
            {},
            h('span', { class: 'gitpulse-risk' }, `${pr.insight.risk_level ?? 'unrated'} risk`),
            ' ',
            pr.insight.summary ?? '',
          ),
          pr.insight.recommendation
            ? h('p', { class: 'gitpulse-recommendation' }, pr.insight.recommendation)
            : null,
        )
      : h('p', { class: 'gitpulse-muted' }, 'No risk insight for this PR yet.'),
    h(
      'ol',
      { class: 'gitpulse-stages' },
      ...pr.stages.map((stage) =>
        h(
          'li',
          { 'data-stage': stage.name, 'data-status': stage.status ?? 'none' },
          `${stage.name}: ${stage.status ?? '–'}`,
        ),
      ),
      pr.deployed_at
        ? h('li', { 'data-stage': 'deployed' }, `deployed ${pr.deployed_at.slice(0, 10)}`)
        : null,
    ),
  );
}
