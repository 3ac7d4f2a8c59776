/** Types generated for queries found in "src/raw/land-pulls.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'LandPullsSql' parameters type */
export interface ILandPullsSqlParams {
  apiResponses: JsonArray;
  fullNames: stringArray;
  numbers: numberArray;
  runId: string;
  snapshotDate: string;
}

/** 'LandPullsSql' return type */
export type ILandPullsSqlResult = void;

/** 'LandPullsSql' query type */
export interface ILandPullsSqlQuery {
  params: ILandPullsSqlParams;
  result: ILandPullsSqlResult;
}

const landPullsSqlIR: any = {"usedParamSet":{"fullNames":true,"numbers":true,"apiResponses":true,"snapshotDate":true,"runId":true},"params":[{"name":"fullNames","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":210}]},{"name":"numbers","required":true,"transform":{"type":"scalar"},"locs":[{"a":221,"b":229}]},{"name":"apiResponses","required":true,"transform":{"type":"scalar"},"locs":[{"a":239,"b":252}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":411,"b":424},{"a":655,"b":668}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":646,"b":652}]}],"statement":"-- Lands pull requests (with their files) as received.\n-- :fullNames, :numbers, :apiResponses (arrays, one element per pull request), :runId, :snapshotDate\nWITH incoming AS (\n    SELECT * FROM unnest(:fullNames!::text[], :numbers!::int[], :apiResponses!::jsonb[]) AS i(repo_full_name, pr_number, api_response)\n), replaced AS (\n    DELETE FROM raw.github_pulls r\n    USING incoming i\n    WHERE r.snapshot_date = :snapshotDate!::date AND r.repo_full_name = i.repo_full_name AND r.pr_number = i.pr_number\n)\nINSERT INTO raw.github_pulls (repo_full_name, pr_number, api_response, run_id, snapshot_date)\nSELECT repo_full_name, pr_number, api_response, :runId!, :snapshotDate!::date\nFROM incoming"};

/**
 * Query generated from SQL:
 * ```
 * -- Lands pull requests (with their files) as received.
 * -- :fullNames, :numbers, :apiResponses (arrays, one element per pull request), :runId, :snapshotDate
 * WITH incoming AS (
 *     SELECT * FROM unnest(:fullNames!::text[], :numbers!::int[], :apiResponses!::jsonb[]) AS i(repo_full_name, pr_number, api_response)
 * ), replaced AS (
 *     DELETE FROM raw.github_pulls r
 *     USING incoming i
 *     WHERE r.snapshot_date = :snapshotDate!::date AND r.repo_full_name = i.repo_full_name AND r.pr_number = i.pr_number
 * )
 * INSERT INTO raw.github_pulls (repo_full_name, pr_number, api_response, run_id, snapshot_date)
 * SELECT repo_full_name, pr_number, api_response, :runId!, :snapshotDate!::date
 * FROM incoming
 * ```
 */
export const landPullsSql = new PreparedQuery<ILandPullsSqlParams,ILandPullsSqlResult>(landPullsSqlIR);


