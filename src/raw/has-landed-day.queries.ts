/** Types generated for queries found in "src/raw/has-landed-day.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'HasLandedDaySql' parameters type */
export interface IHasLandedDaySqlParams {
  snapshotDate: string;
}

/** 'HasLandedDaySql' return type */
export interface IHasLandedDaySqlResult {
  landed: boolean;
}

/** 'HasLandedDaySql' query type */
export interface IHasLandedDaySqlQuery {
  params: IHasLandedDaySqlParams;
  result: IHasLandedDaySqlResult;
}

const hasLandedDaySqlIR: any = {"usedParamSet":{"snapshotDate":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":191},{"a":275,"b":288},{"a":372,"b":385}]}],"statement":"-- Whether raw already holds repository, detail or star history answers for the day (a re-run): :snapshotDate\nSELECT EXISTS (SELECT 1 FROM raw.github_repos WHERE snapshot_date = :snapshotDate!::date)\n    OR EXISTS (SELECT 1 FROM raw.github_repo_details WHERE snapshot_date = :snapshotDate!::date)\n    OR EXISTS (SELECT 1 FROM raw.github_star_history WHERE snapshot_date = :snapshotDate!::date) AS \"landed!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Whether raw already holds repository, detail or star history answers for the day (a re-run): :snapshotDate
 * SELECT EXISTS (SELECT 1 FROM raw.github_repos WHERE snapshot_date = :snapshotDate!::date)
 *     OR EXISTS (SELECT 1 FROM raw.github_repo_details WHERE snapshot_date = :snapshotDate!::date)
 *     OR EXISTS (SELECT 1 FROM raw.github_star_history WHERE snapshot_date = :snapshotDate!::date) AS "landed!"
 * ```
 */
export const hasLandedDaySql = new PreparedQuery<IHasLandedDaySqlParams,IHasLandedDaySqlResult>(hasLandedDaySqlIR);


