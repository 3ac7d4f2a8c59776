/** Types generated for queries found in "src/analytics/read-repo-star-history.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadRepoStarHistorySql' parameters type */
export interface IReadRepoStarHistorySqlParams {
  from?: string | null | void;
  githubId: number;
  to?: string | null | void;
}

/** 'ReadRepoStarHistorySql' return type */
export interface IReadRepoStarHistorySqlResult {
  day: string;
  live_stars: number | null;
  retained_cumulative: number | null;
  snapshot_stars: number | null;
  source: string | null;
  stars: number | null;
  stars_retained: number;
  stars_taken_back: number | null;
}

/** 'ReadRepoStarHistorySql' query type */
export interface IReadRepoStarHistorySqlQuery {
  params: IReadRepoStarHistorySqlParams;
  result: IReadRepoStarHistorySqlResult;
}

const readRepoStarHistorySqlIR: any = {"usedParamSet":{"githubId":true,"from":true,"to":true},"params":[{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":422,"b":431}]},{"name":"from","required":false,"transform":{"type":"scalar"},"locs":[{"a":438,"b":442},{"a":468,"b":472}]},{"name":"to","required":false,"transform":{"type":"scalar"},"locs":[{"a":486,"b":488},{"a":514,"b":516}]}],"statement":"-- One repository's star history from analytics.repo_star_history, every day\n-- from its creation (or from :from) to its latest figure (or to :to).\n-- :githubId github_id, :from first day or NULL, :to last day or NULL\nSELECT day::text AS \"day!\", stars, source, stars_retained AS \"stars_retained!\", retained_cumulative, snapshot_stars, live_stars,\n       stars_taken_back\nFROM analytics.repo_star_history\nWHERE github_id = :githubId! AND (:from::date IS NULL OR day >= :from::date) AND (:to::date IS NULL OR day <= :to::date)\nORDER BY day"};

/**
 * Query generated from SQL:
 * ```
 * -- One repository's star history from analytics.repo_star_history, every day
 * -- from its creation (or from :from) to its latest figure (or to :to).
 * -- :githubId github_id, :from first day or NULL, :to last day or NULL
 * SELECT day::text AS "day!", stars, source, stars_retained AS "stars_retained!", retained_cumulative, snapshot_stars, live_stars,
 *        stars_taken_back
 * FROM analytics.repo_star_history
 * WHERE github_id = :githubId! AND (:from::date IS NULL OR day >= :from::date) AND (:to::date IS NULL OR day <= :to::date)
 * ORDER BY day
 * ```
 */
export const readRepoStarHistorySql = new PreparedQuery<IReadRepoStarHistorySqlParams,IReadRepoStarHistorySqlResult>(readRepoStarHistorySqlIR);


