/** Types generated for queries found in "src/analytics/read-stars-given.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadStarsGivenSql' parameters type */
export interface IReadStarsGivenSqlParams {
  from: string;
  githubId: number;
  to: string;
}

/** 'ReadStarsGivenSql' return type */
export interface IReadStarsGivenSqlResult {
  day: string;
  stars: number;
}

/** 'ReadStarsGivenSql' query type */
export interface IReadStarsGivenSqlQuery {
  params: IReadStarsGivenSqlParams;
  result: IReadStarsGivenSqlResult;
}

const readStarsGivenSqlIR: any = {"usedParamSet":{"from":true,"to":true,"githubId":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":488,"b":493}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":522,"b":525}]},{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":697,"b":706}]}],"statement":"-- Stars given each day and still there, from GitHub's stargazers/history, on\n-- the days its answers cover for a repository: from the oldest week read\n-- (first_day) to the day of its latest page 1 (page1_as_of), within :from..:to.\n-- Days inside that span without a fact row had none. :githubId github_id, :from from, :to to\nSELECT g.day::date::text AS \"day!\", COALESCE(f.stars_retained, 0) AS \"stars!\"\nFROM warehouse.star_history_coverage c\nCROSS JOIN LATERAL generate_series(GREATEST(:from!::date, c.first_day), LEAST(:to!::date, c.page1_as_of), interval '1 day') AS g(day)\nLEFT JOIN warehouse.fact_star_history f ON f.github_id = c.github_id AND f.star_date = g.day::date\nWHERE c.github_id = :githubId!\nORDER BY g.day"};

/**
 * Query generated from SQL:
 * ```
 * -- Stars given each day and still there, from GitHub's stargazers/history, on
 * -- the days its answers cover for a repository: from the oldest week read
 * -- (first_day) to the day of its latest page 1 (page1_as_of), within :from..:to.
 * -- Days inside that span without a fact row had none. :githubId github_id, :from from, :to to
 * SELECT g.day::date::text AS "day!", COALESCE(f.stars_retained, 0) AS "stars!"
 * FROM warehouse.star_history_coverage c
 * CROSS JOIN LATERAL generate_series(GREATEST(:from!::date, c.first_day), LEAST(:to!::date, c.page1_as_of), interval '1 day') AS g(day)
 * LEFT JOIN warehouse.fact_star_history f ON f.github_id = c.github_id AND f.star_date = g.day::date
 * WHERE c.github_id = :githubId!
 * ORDER BY g.day
 * ```
 */
export const readStarsGivenSql = new PreparedQuery<IReadStarsGivenSqlParams,IReadStarsGivenSqlResult>(readStarsGivenSqlIR);


