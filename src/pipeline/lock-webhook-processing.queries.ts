/** Types generated for queries found in "src/pipeline/lock-webhook-processing.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'LockWebhookProcessingSql' parameters type */
export type ILockWebhookProcessingSqlParams = void;

/** 'LockWebhookProcessingSql' return type */
export interface ILockWebhookProcessingSqlResult {
  pg_advisory_xact_lock: undefined | null;
}

/** 'LockWebhookProcessingSql' query type */
export interface ILockWebhookProcessingSqlQuery {
  params: ILockWebhookProcessingSqlParams;
  result: ILockWebhookProcessingSqlResult;
}

const lockWebhookProcessingSqlIR: any = {"usedParamSet":{},"params":[],"statement":"-- One processing transaction at a time across every serving instance, so\n-- deliveries apply in the order they were stored. Released at commit.\nSELECT pg_advisory_xact_lock(7347103)"};

/**
 * Query generated from SQL:
 * ```
 * -- One processing transaction at a time across every serving instance, so
 * -- deliveries apply in the order they were stored. Released at commit.
 * SELECT pg_advisory_xact_lock(7347103)
 * ```
 */
export const lockWebhookProcessingSql = new PreparedQuery<ILockWebhookProcessingSqlParams,ILockWebhookProcessingSqlResult>(lockWebhookProcessingSqlIR);


