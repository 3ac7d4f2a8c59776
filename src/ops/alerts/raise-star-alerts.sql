/* @name RaiseStarAlertsSql */
-- Star alerts for a run's day, set-based over its snapshots, each once per
-- repository and day. :day the run's day, :dailyGain daily_gain threshold (NULL: rule off),
-- :gainTimes gain_vs_median multiple (NULL: off), :minGain gain_vs_median minimum gain
WITH today AS (
    SELECT f.github_id, d.repo_full_name, f.star_velocity AS gain, f.stars
    FROM warehouse.fact_repo_snapshots f
    JOIN warehouse.dim_repositories d ON d.github_id = f.github_id AND d.is_current
    WHERE f.snapshot_date = :day!::date AND f.star_velocity IS NOT NULL
), medians AS (
    SELECT t.github_id,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.star_velocity)
            FROM warehouse.fact_repo_snapshots p
            WHERE p.github_id = t.github_id AND p.star_velocity IS NOT NULL
              AND p.snapshot_date >= :day!::date - 30 AND p.snapshot_date < :day!::date) AS median_gain
    FROM today t
    WHERE :gainTimes::numeric IS NOT NULL
), raised AS (
    SELECT 'daily_gain' AS rule, t.repo_full_name AS subject,
           format('%s gained %s stars on %s (%s in all)', t.repo_full_name, t.gain, :day!::date, t.stars) AS message,
           jsonb_build_object('gain', t.gain, 'stars', t.stars, 'threshold', :dailyGain::int) AS details
    FROM today t
    WHERE :dailyGain::int IS NOT NULL AND t.gain >= :dailyGain::int
    UNION ALL
    SELECT 'gain_vs_median', t.repo_full_name,
           format('%s gained %s stars on %s, %s× its 30-day median daily gain of %s',
                  t.repo_full_name, t.gain, :day!::date, round(t.gain / greatest(m.median_gain, 1)::numeric, 1), round(m.median_gain::numeric, 1)),
           jsonb_build_object('gain', t.gain, 'median_gain', m.median_gain, 'times', :gainTimes::numeric)
    FROM today t
    JOIN medians m ON m.github_id = t.github_id
    WHERE m.median_gain IS NOT NULL AND t.gain >= :minGain!::int AND t.gain >= :gainTimes::numeric * greatest(m.median_gain, 1)
), inserted AS (
    INSERT INTO ops.alerts (rule, subject, day, message, details)
    SELECT rule, subject, :day!::date, message, details FROM raised
    ON CONFLICT (rule, subject, day) DO NOTHING
    RETURNING 1
)
SELECT count(*)::int AS "n!" FROM inserted;
