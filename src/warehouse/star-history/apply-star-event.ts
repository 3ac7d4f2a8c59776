import type { EmitterWebhookEvent } from '@octokit/webhooks';
import type { WarehouseClient } from '../../db/database.ts';
import { recordLiveStarsSql } from './record-live-stars.queries.ts';

type StarPayload = EmitterWebhookEvent<'star'>['payload'];

/**
 * A `star` delivery (created or deleted): the repository's stargazers_count
 * after it is the live figure of the day, until the next run's snapshot.
 * Returns false for a payload without a repository count.
 */
export async function applyStarEvent(
  client: WarehouseClient,
  deliveryId: string,
  payload: unknown,
): Promise<boolean> {
  const { repository, starred_at: starredAt } = payload as Partial<StarPayload>;
  if (typeof repository?.id !== 'number' || typeof repository.stargazers_count !== 'number') return false;
  await recordLiveStarsSql.run(
    {
      githubId: repository.id,
      stars: repository.stargazers_count,
      starredAt: starredAt ?? null,
      deliveryId,
    },
    client,
  );
  return true;
}
