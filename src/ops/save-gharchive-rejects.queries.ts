/** Types generated for queries found in "src/ops/save-gharchive-rejects.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'SaveGharchiveRejectsSql' parameters type */
export interface ISaveGharchiveRejectsSqlParams {
  hour: DateOrString;
  lineNumbers: numberArray;
  lines: stringArray;
  reasons: stringArray;
}

/** 'SaveGharchiveRejectsSql' return type */
export type ISaveGharchiveRejectsSqlResult = void;

/** 'SaveGharchiveRejectsSql' query type */
export interface ISaveGharchiveRejectsSqlQuery {
  params: ISaveGharchiveRejectsSqlParams;
  result: ISaveGharchiveRejectsSqlResult;
}

const saveGharchiveRejectsSqlIR: any = {"usedParamSet":{"hour":true,"lineNumbers":true,"reasons":true,"lines":true},"params":[{"name":"hour","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":171}]},{"name":"lineNumbers","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":218}]},{"name":"reasons","required":true,"transform":{"type":"scalar"},"locs":[{"a":228,"b":236}]},{"name":"lines","required":true,"transform":{"type":"scalar"},"locs":[{"a":247,"b":253}]}],"statement":"-- Lines of an :hour that were not events: :lineNumbers, :reasons and :lines side by side.\nINSERT INTO ops.gharchive_rejects (hour, line_number, reason, line)\nSELECT :hour!, n, r, left(l, 1000)\nFROM unnest(:lineNumbers!::int[], :reasons!::text[], :lines!::text[]) AS t(n, r, l)\nON CONFLICT (hour, line_number) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * -- Lines of an :hour that were not events: :lineNumbers, :reasons and :lines side by side.
 * INSERT INTO ops.gharchive_rejects (hour, line_number, reason, line)
 * SELECT :hour!, n, r, left(l, 1000)
 * FROM unnest(:lineNumbers!::int[], :reasons!::text[], :lines!::text[]) AS t(n, r, l)
 * ON CONFLICT (hour, line_number) DO NOTHING
 * ```
 */
export const saveGharchiveRejectsSql = new PreparedQuery<ISaveGharchiveRejectsSqlParams,ISaveGharchiveRejectsSqlResult>(saveGharchiveRejectsSqlIR);


