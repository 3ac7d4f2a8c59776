/** Types generated for queries found in "src/ops/alerts/record-alert-delivery.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RecordAlertDeliverySql' parameters type */
export interface IRecordAlertDeliverySqlParams {
  alertId: number;
  attempt: number;
  delivered: boolean;
  error?: string | null | void;
  httpStatus?: number | null | void;
  webhook: string;
}

/** 'RecordAlertDeliverySql' return type */
export type IRecordAlertDeliverySqlResult = void;

/** 'RecordAlertDeliverySql' query type */
export interface IRecordAlertDeliverySqlQuery {
  params: IRecordAlertDeliverySqlParams;
  result: IRecordAlertDeliverySqlResult;
}

const recordAlertDeliverySqlIR: any = {"usedParamSet":{"alertId":true,"webhook":true,"attempt":true,"delivered":true,"httpStatus":true,"error":true},"params":[{"name":"alertId","required":true,"transform":{"type":"scalar"},"locs":[{"a":208,"b":216}]},{"name":"webhook","required":true,"transform":{"type":"scalar"},"locs":[{"a":219,"b":227}]},{"name":"attempt","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":238}]},{"name":"delivered","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":251}]},{"name":"httpStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":254,"b":264}]},{"name":"error","required":false,"transform":{"type":"scalar"},"locs":[{"a":267,"b":272}]}],"statement":"-- One attempt to deliver an alert (:alertId) to a webhook (its name); :httpStatus and :error may be NULL.\nINSERT INTO ops.alert_deliveries (alert_id, webhook, attempt, delivered, http_status, error)\nVALUES (:alertId!, :webhook!, :attempt!, :delivered!, :httpStatus, :error)"};

/**
 * Query generated from SQL:
 * ```
 * -- One attempt to deliver an alert (:alertId) to a webhook (its name); :httpStatus and :error may be NULL.
 * INSERT INTO ops.alert_deliveries (alert_id, webhook, attempt, delivered, http_status, error)
 * VALUES (:alertId!, :webhook!, :attempt!, :delivered!, :httpStatus, :error)
 * ```
 */
export const recordAlertDeliverySql = new PreparedQuery<IRecordAlertDeliverySqlParams,IRecordAlertDeliverySqlResult>(recordAlertDeliverySqlIR);


