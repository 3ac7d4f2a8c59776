/** Types generated for queries found in "src/raw/list-landed-days.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ListLandedDaysSql' parameters type */
export interface IListLandedDaysSqlParams {
  since?: string | null | void;
}

/** 'ListLandedDaysSql' return type */
export interface IListLandedDaysSqlResult {
  run_ids: stringArray;
  snapshot_date: string;
}

/** 'ListLandedDaysSql' query type */
export interface IListLandedDaysSqlQuery {
  params: IListLandedDaysSqlParams;
  result: IListLandedDaysSqlResult;
}

const listLandedDaysSqlIR: any = {"usedParamSet":{"since":true},"params":[{"name":"since","required":false,"transform":{"type":"scalar"},"locs":[{"a":633,"b":638},{"a":674,"b":679}]}],"statement":"-- Days raw holds GitHub answers for, with the runs that landed them, oldest\n-- first: what reprocess rebuilds (repositories, their details, pull requests\n-- and star history: a `--only pulls` run lands only those). :since first day, or NULL for every day.\nSELECT snapshot_date AS \"snapshot_date!\", array_agg(DISTINCT run_id) AS \"run_ids!\"\nFROM (SELECT snapshot_date, run_id FROM raw.github_repos\n      UNION SELECT snapshot_date, run_id FROM raw.github_repo_details\n      UNION SELECT snapshot_date, run_id FROM raw.github_pulls\n      UNION SELECT snapshot_date, run_id FROM raw.github_star_history) r\nWHERE run_id IS NOT NULL AND (:since::date IS NULL OR snapshot_date >= :since::date)\nGROUP BY snapshot_date\nORDER BY snapshot_date"};

/**
 * Query generated from SQL:
 * ```
 * -- Days raw holds GitHub answers for, with the runs that landed them, oldest
 * -- first: what reprocess rebuilds (repositories, their details, pull requests
 * -- and star history: a `--only pulls` run lands only those). :since first day, or NULL for every day.
 * SELECT snapshot_date AS "snapshot_date!", array_agg(DISTINCT run_id) AS "run_ids!"
 * FROM (SELECT snapshot_date, run_id FROM raw.github_repos
 *       UNION SELECT snapshot_date, run_id FROM raw.github_repo_details
 *       UNION SELECT snapshot_date, run_id FROM raw.github_pulls
 *       UNION SELECT snapshot_date, run_id FROM raw.github_star_history) r
 * WHERE run_id IS NOT NULL AND (:since::date IS NULL OR snapshot_date >= :since::date)
 * GROUP BY snapshot_date
 * ORDER BY snapshot_date
 * ```
 */
export const listLandedDaysSql = new PreparedQuery<IListLandedDaysSqlParams,IListLandedDaysSqlResult>(listLandedDaysSqlIR);


