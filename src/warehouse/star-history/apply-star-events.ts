import type { WarehouseClient } from '../../db/database.ts';
import { recordLiveStarsBatchSql } from './record-live-stars-batch.queries.ts';

/**
 * A batch's `star` deliveries (created or deleted): each repository's
 * stargazers_count after its latest one is the live figure of the day, until
 * the next run's snapshot. Returns the deliveries that carried a count.
 */
export async function applyStarEvents(client: WarehouseClient, deliveryIds: string[]): Promise<Set<string>> {
  const rows = await recordLiveStarsBatchSql.run({ deliveryIds }, client);
  return new Set(rows.map((row) => row.delivery_id));
}
