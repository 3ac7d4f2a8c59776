/** Types generated for queries found in "src/ops/advance-ingestion-state.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type stringArray = (string)[];

/** 'AdvanceIngestionStateSql' parameters type */
export interface IAdvanceIngestionStateSqlParams {
  cursors: JsonArray;
  lastRuns: DateOrStringArray;
  runId: string;
  sources: stringArray;
}

/** 'AdvanceIngestionStateSql' return type */
export type IAdvanceIngestionStateSqlResult = void;

/** 'AdvanceIngestionStateSql' query type */
export interface IAdvanceIngestionStateSqlQuery {
  params: IAdvanceIngestionStateSqlParams;
  result: IAdvanceIngestionStateSqlResult;
}

const advanceIngestionStateSqlIR: any = {"usedParamSet":{"runId":true,"sources":true,"lastRuns":true,"cursors":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":296,"b":302}]},{"name":"sources","required":true,"transform":{"type":"scalar"},"locs":[{"a":323,"b":331}]},{"name":"lastRuns","required":true,"transform":{"type":"scalar"},"locs":[{"a":342,"b":351}]},{"name":"cursors","required":true,"transform":{"type":"scalar"},"locs":[{"a":369,"b":377}]}],"statement":"-- Incremental state per source, advanced in the same transaction as the data.\n-- :sources, :lastRuns and :cursors side by side (one element per source), :runId the run advancing them\nINSERT INTO ops.ingestion_state (source, last_run, cursor, run_id, updated_at)\nSELECT source, last_run, cursor, :runId!, now()\nFROM unnest(:sources!::text[], :lastRuns!::timestamptz[], :cursors!::jsonb[]) AS s(source, last_run, cursor)\nON CONFLICT (source) DO UPDATE\nSET last_run = EXCLUDED.last_run, cursor = EXCLUDED.cursor, run_id = EXCLUDED.run_id, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * -- Incremental state per source, advanced in the same transaction as the data.
 * -- :sources, :lastRuns and :cursors side by side (one element per source), :runId the run advancing them
 * INSERT INTO ops.ingestion_state (source, last_run, cursor, run_id, updated_at)
 * SELECT source, last_run, cursor, :runId!, now()
 * FROM unnest(:sources!::text[], :lastRuns!::timestamptz[], :cursors!::jsonb[]) AS s(source, last_run, cursor)
 * ON CONFLICT (source) DO UPDATE
 * SET last_run = EXCLUDED.last_run, cursor = EXCLUDED.cursor, run_id = EXCLUDED.run_id, updated_at = now()
 * ```
 */
export const advanceIngestionStateSql = new PreparedQuery<IAdvanceIngestionStateSqlParams,IAdvanceIngestionStateSqlResult>(advanceIngestionStateSqlIR);


