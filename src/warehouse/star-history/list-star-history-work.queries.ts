/** Types generated for queries found in "src/warehouse/star-history/list-star-history-work.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListStarHistoryWorkSql' parameters type */
export interface IListStarHistoryWorkSqlParams {
  date: string;
  limit: number;
}

/** 'ListStarHistoryWorkSql' return type */
export interface IListStarHistoryWorkSqlResult {
  complete: boolean;
  github_id: number;
  next_page: number;
  page1_etag: string | null;
  pages_expected: number;
  repo_full_name: string;
}

/** 'ListStarHistoryWorkSql' query type */
export interface IListStarHistoryWorkSqlQuery {
  params: IListStarHistoryWorkSqlParams;
  result: IListStarHistoryWorkSqlResult;
}

const listStarHistoryWorkSqlIR: any = {"usedParamSet":{"date":true,"limit":true},"params":[{"name":"date","required":true,"transform":{"type":"scalar"},"locs":[{"a":695,"b":700},{"a":739,"b":744}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1217,"b":1223}]}],"statement":"-- The repositories (at most :limit) a run reads the star history of, in the\n-- order it reads them: unfinished backfills first, oldest-tracked first (one cut\n-- off by star_history.max_requests_per_run goes on at the page where it\n-- stopped), then complete ones to refresh, least recently checked first.\n-- pages_expected is for the quota plan: a backfill needs about one page per\n-- 30 weeks of the repository's age, a refresh one page.\n-- :date the run's date\nSELECT d.github_id, d.repo_full_name,\n       COALESCE(c.complete, false) AS \"complete!\",\n       COALESCE(c.next_page, 1) AS \"next_page!\",\n       c.page1_etag,\n       CASE WHEN c.complete THEN 1\n            ELSE GREATEST(1, ceil((((:date!::date - COALESCE(d.created_at::date, :date!::date)) / 7) + 1) / 30.0)::int\n                             - COALESCE(c.next_page, 1) + 1)\n       END AS \"pages_expected!\"\nFROM warehouse.dim_repositories d\nLEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id\nWHERE d.is_current\nORDER BY COALESCE(c.complete, false),\n         CASE WHEN c.complete THEN c.checked_at END,\n         (SELECT min(v.valid_from) FROM warehouse.dim_repositories v WHERE v.github_id = d.github_id),\n         d.github_id\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- The repositories (at most :limit) a run reads the star history of, in the
 * -- order it reads them: unfinished backfills first, oldest-tracked first (one cut
 * -- off by star_history.max_requests_per_run goes on at the page where it
 * -- stopped), then complete ones to refresh, least recently checked first.
 * -- pages_expected is for the quota plan: a backfill needs about one page per
 * -- 30 weeks of the repository's age, a refresh one page.
 * -- :date the run's date
 * SELECT d.github_id, d.repo_full_name,
 *        COALESCE(c.complete, false) AS "complete!",
 *        COALESCE(c.next_page, 1) AS "next_page!",
 *        c.page1_etag,
 *        CASE WHEN c.complete THEN 1
 *             ELSE GREATEST(1, ceil((((:date!::date - COALESCE(d.created_at::date, :date!::date)) / 7) + 1) / 30.0)::int
 *                              - COALESCE(c.next_page, 1) + 1)
 *        END AS "pages_expected!"
 * FROM warehouse.dim_repositories d
 * LEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id
 * WHERE d.is_current
 * ORDER BY COALESCE(c.complete, false),
 *          CASE WHEN c.complete THEN c.checked_at END,
 *          (SELECT min(v.valid_from) FROM warehouse.dim_repositories v WHERE v.github_id = d.github_id),
 *          d.github_id
 * LIMIT :limit!::int
 * ```
 */
export const listStarHistoryWorkSql = new PreparedQuery<IListStarHistoryWorkSqlParams,IListStarHistoryWorkSqlResult>(listStarHistoryWorkSqlIR);


