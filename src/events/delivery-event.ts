import { type EventRow, eventRow } from './event-row.ts';

/** 'pull_request_review' → 'PullRequestReviewEvent': a webhook event's name as the Events API types it. */
export const eventTypeOf = (webhookEvent: string) =>
  `${webhookEvent
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}Event`;

/**
 * A stored webhook delivery as an event row (source 'webhook'). Its id is
 * the X-GitHub-Delivery id, which a redelivery keeps: stored twice, counted once.
 */
export function deliveryEventRow(delivery: {
  deliveryId: string;
  event: string;
  payload: unknown;
  receivedAt: Date;
}): EventRow | null {
  const payload = (delivery.payload ?? {}) as Record<string, unknown>;
  const parsed = eventRow(
    {
      id: delivery.deliveryId,
      type: eventTypeOf(delivery.event),
      actor: payload.sender,
      repo: payload.repository
        ? {
            id: (payload.repository as { id?: unknown }).id,
            name: (payload.repository as { full_name?: unknown }).full_name,
          }
        : undefined,
      org: payload.organization,
      payload,
      created_at: delivery.receivedAt.toISOString(),
    },
    'webhook',
  );
  return 'row' in parsed ? parsed.row : null;
}
