/** Types generated for queries found in "src/warehouse/pull-requests/acknowledge-insight.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'AcknowledgeInsightSql' parameters type */
export interface IAcknowledgeInsightSqlParams {
  id: string;
}

/** 'AcknowledgeInsightSql' return type */
export type IAcknowledgeInsightSqlResult = void;

/** 'AcknowledgeInsightSql' query type */
export interface IAcknowledgeInsightSqlQuery {
  params: IAcknowledgeInsightSqlParams;
  result: IAcknowledgeInsightSqlResult;
}

const acknowledgeInsightSqlIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":114}]}],"statement":"-- A polling consumer marks the insight :id handled.\nUPDATE warehouse.insights SET processed = true WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * -- A polling consumer marks the insight :id handled.
 * UPDATE warehouse.insights SET processed = true WHERE id = :id!
 * ```
 */
export const acknowledgeInsightSql = new PreparedQuery<IAcknowledgeInsightSqlParams,IAcknowledgeInsightSqlResult>(acknowledgeInsightSqlIR);


