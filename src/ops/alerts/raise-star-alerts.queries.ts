/** Types generated for queries found in "src/ops/alerts/raise-star-alerts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RaiseStarAlertsSql' parameters type */
export interface IRaiseStarAlertsSqlParams {
  dailyGain?: number | null | void;
  day: string;
  gainTimes?: number | null | void;
  minGain: number;
}

/** 'RaiseStarAlertsSql' return type */
export interface IRaiseStarAlertsSqlResult {
  n: number;
}

/** 'RaiseStarAlertsSql' query type */
export interface IRaiseStarAlertsSqlQuery {
  params: IRaiseStarAlertsSqlParams;
  result: IRaiseStarAlertsSqlResult;
}

const raiseStarAlertsSqlIR: any = {"usedParamSet":{"day":true,"gainTimes":true,"dailyGain":true,"minGain":true},"params":[{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":501,"b":505},{"a":827,"b":831},{"a":866,"b":870},{"a":1114,"b":1118},{"a":1529,"b":1533},{"a":2041,"b":2045}]},{"name":"gainTimes","required":false,"transform":{"type":"scalar"},"locs":[{"a":921,"b":930},{"a":1718,"b":1727},{"a":1883,"b":1892}]},{"name":"dailyGain","required":false,"transform":{"type":"scalar"},"locs":[{"a":1225,"b":1234},{"a":1280,"b":1289},{"a":1322,"b":1331}]},{"name":"minGain","required":true,"transform":{"type":"scalar"},"locs":[{"a":1854,"b":1862}]}],"statement":"-- Star alerts for a run's day, set-based over its snapshots, each once per\n-- repository and day. :day the run's day, :dailyGain daily_gain threshold (NULL: rule off),\n-- :gainTimes gain_vs_median multiple (NULL: off), :minGain gain_vs_median minimum gain\nWITH today AS (\n    SELECT f.github_id, d.repo_full_name, f.star_velocity AS gain, f.stars\n    FROM warehouse.fact_repo_snapshots f\n    JOIN warehouse.dim_repositories d ON d.github_id = f.github_id AND d.is_current\n    WHERE f.snapshot_date = :day!::date AND f.star_velocity IS NOT NULL\n), medians AS (\n    SELECT t.github_id,\n           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.star_velocity)\n            FROM warehouse.fact_repo_snapshots p\n            WHERE p.github_id = t.github_id AND p.star_velocity IS NOT NULL\n              AND p.snapshot_date >= :day!::date - 30 AND p.snapshot_date < :day!::date) AS median_gain\n    FROM today t\n    WHERE :gainTimes::numeric IS NOT NULL\n), raised AS (\n    SELECT 'daily_gain' AS rule, t.repo_full_name AS subject,\n           format('%s gained %s stars on %s (%s in all)', t.repo_full_name, t.gain, :day!::date, t.stars) AS message,\n           jsonb_build_object('gain', t.gain, 'stars', t.stars, 'threshold', :dailyGain::int) AS details\n    FROM today t\n    WHERE :dailyGain::int IS NOT NULL AND t.gain >= :dailyGain::int\n    UNION ALL\n    SELECT 'gain_vs_median', t.repo_full_name,\n           format('%s gained %s stars on %s, %s× its 30-day median daily gain of %s',\n                  t.repo_full_name, t.gain, :day!::date, round(t.gain / greatest(m.median_gain, 1)::numeric, 1), round(m.median_gain::numeric, 1)),\n           jsonb_build_object('gain', t.gain, 'median_gain', m.median_gain, 'times', :gainTimes::numeric)\n    FROM today t\n    JOIN medians m ON m.github_id = t.github_id\n    WHERE m.median_gain IS NOT NULL AND t.gain >= :minGain!::int AND t.gain >= :gainTimes::numeric * greatest(m.median_gain, 1)\n), inserted AS (\n    INSERT INTO ops.alerts (rule, subject, day, message, details)\n    SELECT rule, subject, :day!::date, message, details FROM raised\n    ON CONFLICT (rule, subject, day) DO NOTHING\n    RETURNING 1\n)\nSELECT count(*)::int AS \"n!\" FROM inserted"};

/**
 * Query generated from SQL:
 * ```
 * -- Star alerts for a run's day, set-based over its snapshots, each once per
 * -- repository and day. :day the run's day, :dailyGain daily_gain threshold (NULL: rule off),
 * -- :gainTimes gain_vs_median multiple (NULL: off), :minGain gain_vs_median minimum gain
 * WITH today AS (
 *     SELECT f.github_id, d.repo_full_name, f.star_velocity AS gain, f.stars
 *     FROM warehouse.fact_repo_snapshots f
 *     JOIN warehouse.dim_repositories d ON d.github_id = f.github_id AND d.is_current
 *     WHERE f.snapshot_date = :day!::date AND f.star_velocity IS NOT NULL
 * ), medians AS (
 *     SELECT t.github_id,
 *            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.star_velocity)
 *             FROM warehouse.fact_repo_snapshots p
 *             WHERE p.github_id = t.github_id AND p.star_velocity IS NOT NULL
 *               AND p.snapshot_date >= :day!::date - 30 AND p.snapshot_date < :day!::date) AS median_gain
 *     FROM today t
 *     WHERE :gainTimes::numeric IS NOT NULL
 * ), raised AS (
 *     SELECT 'daily_gain' AS rule, t.repo_full_name AS subject,
 *            format('%s gained %s stars on %s (%s in all)', t.repo_full_name, t.gain, :day!::date, t.stars) AS message,
 *            jsonb_build_object('gain', t.gain, 'stars', t.stars, 'threshold', :dailyGain::int) AS details
 *     FROM today t
 *     WHERE :dailyGain::int IS NOT NULL AND t.gain >= :dailyGain::int
 *     UNION ALL
 *     SELECT 'gain_vs_median', t.repo_full_name,
 *            format('%s gained %s stars on %s, %s× its 30-day median daily gain of %s',
 *                   t.repo_full_name, t.gain, :day!::date, round(t.gain / greatest(m.median_gain, 1)::numeric, 1), round(m.median_gain::numeric, 1)),
 *            jsonb_build_object('gain', t.gain, 'median_gain', m.median_gain, 'times', :gainTimes::numeric)
 *     FROM today t
 *     JOIN medians m ON m.github_id = t.github_id
 *     WHERE m.median_gain IS NOT NULL AND t.gain >= :minGain!::int AND t.gain >= :gainTimes::numeric * greatest(m.median_gain, 1)
 * ), inserted AS (
 *     INSERT INTO ops.alerts (rule, subject, day, message, details)
 *     SELECT rule, subject, :day!::date, message, details FROM raised
 *     ON CONFLICT (rule, subject, day) DO NOTHING
 *     RETURNING 1
 * )
 * SELECT count(*)::int AS "n!" FROM inserted
 * ```
 */
export const raiseStarAlertsSql = new PreparedQuery<IRaiseStarAlertsSqlParams,IRaiseStarAlertsSqlResult>(raiseStarAlertsSqlIR);


