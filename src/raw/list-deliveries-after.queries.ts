/** Types generated for queries found in "src/raw/list-deliveries-after.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListDeliveriesAfterSql' parameters type */
export interface IListDeliveriesAfterSqlParams {
  afterId: number;
  limit: number;
}

/** 'ListDeliveriesAfterSql' return type */
export interface IListDeliveriesAfterSqlResult {
  delivery_id: string;
  event: string;
  id: number;
  payload: Json | null;
  raw_body: string | null;
  received_at: Date;
}

/** 'ListDeliveriesAfterSql' query type */
export interface IListDeliveriesAfterSqlQuery {
  params: IListDeliveriesAfterSqlParams;
  result: IListDeliveriesAfterSqlResult;
}

const listDeliveriesAfterSqlIR: any = {"usedParamSet":{"afterId":true,"limit":true},"params":[{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":259,"b":267}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":287,"b":293}]}],"statement":"-- Stored deliveries after a position, in the order they were stored: the\n-- events export's next batch. :afterId the last id exported, :limit the batch size\nSELECT id, delivery_id, event, payload, raw_body, received_at\nFROM raw.webhook_deliveries\nWHERE id > :afterId!\nORDER BY id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * -- Stored deliveries after a position, in the order they were stored: the
 * -- events export's next batch. :afterId the last id exported, :limit the batch size
 * SELECT id, delivery_id, event, payload, raw_body, received_at
 * FROM raw.webhook_deliveries
 * WHERE id > :afterId!
 * ORDER BY id
 * LIMIT :limit!
 * ```
 */
export const listDeliveriesAfterSql = new PreparedQuery<IListDeliveriesAfterSqlParams,IListDeliveriesAfterSqlResult>(listDeliveriesAfterSqlIR);


