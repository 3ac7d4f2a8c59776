/** Types generated for queries found in "src/warehouse/merge-companies.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'MergeCompaniesSql' parameters type */
export interface IMergeCompaniesSqlParams {
  orgs: stringArray;
}

/** 'MergeCompaniesSql' return type */
export type IMergeCompaniesSqlResult = void;

/** 'MergeCompaniesSql' query type */
export interface IMergeCompaniesSqlQuery {
  params: IMergeCompaniesSqlParams;
  result: IMergeCompaniesSqlResult;
}

const mergeCompaniesSqlIR: any = {"usedParamSet":{"orgs":true},"params":[{"name":"orgs","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":194}]}],"statement":"-- Tracked orgs from the configuration: added when new, marked untracked when removed.\n-- :orgs the tracked logins\nWITH tracked AS (\n    SELECT DISTINCT ON (lower(login)) login FROM unnest(:orgs!::text[]) AS t(login)\n), added AS (\n    INSERT INTO warehouse.dim_companies (company_name, display_name, is_tracked)\n    SELECT login, login, true FROM tracked\n    ON CONFLICT (company_name) DO UPDATE SET is_tracked = true\n    RETURNING company_key\n)\nUPDATE warehouse.dim_companies c\nSET is_tracked = false\nWHERE c.is_tracked AND lower(c.company_name) NOT IN (SELECT lower(login) FROM tracked)"};

/**
 * Query generated from SQL:
 * ```
 * -- Tracked orgs from the configuration: added when new, marked untracked when removed.
 * -- :orgs the tracked logins
 * WITH tracked AS (
 *     SELECT DISTINCT ON (lower(login)) login FROM unnest(:orgs!::text[]) AS t(login)
 * ), added AS (
 *     INSERT INTO warehouse.dim_companies (company_name, display_name, is_tracked)
 *     SELECT login, login, true FROM tracked
 *     ON CONFLICT (company_name) DO UPDATE SET is_tracked = true
 *     RETURNING company_key
 * )
 * UPDATE warehouse.dim_companies c
 * SET is_tracked = false
 * WHERE c.is_tracked AND lower(c.company_name) NOT IN (SELECT lower(login) FROM tracked)
 * ```
 */
export const mergeCompaniesSql = new PreparedQuery<IMergeCompaniesSqlParams,IMergeCompaniesSqlResult>(mergeCompaniesSqlIR);


