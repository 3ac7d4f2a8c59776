/** Types generated for queries found in "src/warehouse/star-history/record-live-stars.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'RecordLiveStarsSql' parameters type */
export interface IRecordLiveStarsSqlParams {
  deliveryId: string;
  githubId: number;
  starredAt?: DateOrString | null | void;
  stars: number;
}

/** 'RecordLiveStarsSql' return type */
export type IRecordLiveStarsSqlResult = void;

/** 'RecordLiveStarsSql' query type */
export interface IRecordLiveStarsSqlQuery {
  params: IRecordLiveStarsSqlParams;
  result: IRecordLiveStarsSqlResult;
}

const recordLiveStarsSqlIR: any = {"usedParamSet":{"githubId":true,"stars":true,"starredAt":true,"deliveryId":true},"params":[{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":488,"b":497}]},{"name":"stars","required":true,"transform":{"type":"scalar"},"locs":[{"a":508,"b":514}]},{"name":"starredAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":531,"b":540}]},{"name":"deliveryId","required":true,"transform":{"type":"scalar"},"locs":[{"a":579,"b":590},{"a":675,"b":686}]}],"statement":"-- A star webhook's repository.stargazers_count becomes the repository's live\n-- figure, unless the one held was observed later (deliveries can arrive out\n-- of order). A `deleted` event has no starred_at: it was observed when\n-- GitHub delivered it.\n-- :githubId the repository, :stars its stargazers_count, :starredAt the event's\n-- starred_at (NULL for `deleted`), :deliveryId the delivery\nINSERT INTO warehouse.repo_live_stars AS l (github_id, stars, observed_at, delivery_id)\nSELECT :githubId!::bigint, :stars!::int, COALESCE(:starredAt::timestamptz, d.received_at, now()), :deliveryId!::text\nFROM (SELECT 1) AS one\nLEFT JOIN raw.webhook_deliveries d ON d.delivery_id = :deliveryId!::text\nON CONFLICT (github_id) DO UPDATE\nSET stars = EXCLUDED.stars, observed_at = EXCLUDED.observed_at, delivery_id = EXCLUDED.delivery_id\nWHERE l.observed_at <= EXCLUDED.observed_at"};

/**
 * Query generated from SQL:
 * ```
 * -- A star webhook's repository.stargazers_count becomes the repository's live
 * -- figure, unless the one held was observed later (deliveries can arrive out
 * -- of order). A `deleted` event has no starred_at: it was observed when
 * -- GitHub delivered it.
 * -- :githubId the repository, :stars its stargazers_count, :starredAt the event's
 * -- starred_at (NULL for `deleted`), :deliveryId the delivery
 * INSERT INTO warehouse.repo_live_stars AS l (github_id, stars, observed_at, delivery_id)
 * SELECT :githubId!::bigint, :stars!::int, COALESCE(:starredAt::timestamptz, d.received_at, now()), :deliveryId!::text
 * FROM (SELECT 1) AS one
 * LEFT JOIN raw.webhook_deliveries d ON d.delivery_id = :deliveryId!::text
 * ON CONFLICT (github_id) DO UPDATE
 * SET stars = EXCLUDED.stars, observed_at = EXCLUDED.observed_at, delivery_id = EXCLUDED.delivery_id
 * WHERE l.observed_at <= EXCLUDED.observed_at
 * ```
 */
export const recordLiveStarsSql = new PreparedQuery<IRecordLiveStarsSqlParams,IRecordLiveStarsSqlResult>(recordLiveStarsSqlIR);


