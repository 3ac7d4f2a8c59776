/** Types generated for queries found in "src/analytics/read-pr-weekly-metrics.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadPrWeeklyMetricsSql' parameters type */
export interface IReadPrWeeklyMetricsSqlParams {
  repository?: string | null | void;
  weeks: number;
}

/** 'ReadPrWeeklyMetricsSql' return type */
export interface IReadPrWeeklyMetricsSqlResult {
  high_risk_share: number | null;
  mean_review_rounds: number | null;
  median_hours_to_approval: number | null;
  median_hours_to_first_review: number | null;
  median_hours_to_merge: number | null;
  prs_merged: number;
  prs_opened: number;
  repository: string;
  week: string;
}

/** 'ReadPrWeeklyMetricsSql' query type */
export interface IReadPrWeeklyMetricsSqlQuery {
  params: IReadPrWeeklyMetricsSqlParams;
  result: IReadPrWeeklyMetricsSqlResult;
}

const readPrWeeklyMetricsSqlIR: any = {"usedParamSet":{"repository":true,"weeks":true},"params":[{"name":"repository","required":false,"transform":{"type":"scalar"},"locs":[{"a":493,"b":503},{"a":548,"b":558}]},{"name":"weeks","required":true,"transform":{"type":"scalar"},"locs":[{"a":652,"b":658}]}],"statement":"-- Cycle-time metrics per repository and week (analytics.pr_weekly_metrics),\n-- newest week first. :repository repository full name or NULL for all, :weeks weeks back from the latest\nSELECT repository AS \"repository!\", to_char(week, 'YYYY-MM-DD') AS \"week!\", prs_opened AS \"prs_opened!\",\n       prs_merged AS \"prs_merged!\",\n       median_hours_to_first_review, median_hours_to_approval, median_hours_to_merge,\n       mean_review_rounds, high_risk_share\nFROM analytics.pr_weekly_metrics\nWHERE (:repository::text IS NULL OR lower(repository) = lower(:repository))\n  AND week > (SELECT max(week) FROM analytics.pr_weekly_metrics) - make_interval(weeks => :weeks!)\nORDER BY week DESC, repository"};

/**
 * Query generated from SQL:
 * ```
 * -- Cycle-time metrics per repository and week (analytics.pr_weekly_metrics),
 * -- newest week first. :repository repository full name or NULL for all, :weeks weeks back from the latest
 * SELECT repository AS "repository!", to_char(week, 'YYYY-MM-DD') AS "week!", prs_opened AS "prs_opened!",
 *        prs_merged AS "prs_merged!",
 *        median_hours_to_first_review, median_hours_to_approval, median_hours_to_merge,
 *        mean_review_rounds, high_risk_share
 * FROM analytics.pr_weekly_metrics
 * WHERE (:repository::text IS NULL OR lower(repository) = lower(:repository))
 *   AND week > (SELECT max(week) FROM analytics.pr_weekly_metrics) - make_interval(weeks => :weeks!)
 * ORDER BY week DESC, repository
 * ```
 */
export const readPrWeeklyMetricsSql = new PreparedQuery<IReadPrWeeklyMetricsSqlParams,IReadPrWeeklyMetricsSqlResult>(readPrWeeklyMetricsSqlIR);


