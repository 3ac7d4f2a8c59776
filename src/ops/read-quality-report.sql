/* @name ReadQualityReportSql */
-- The latest run's checks and the last 20 runs' pass/fail counts, as one JSON object
-- (its shape: QualityReport in data-quality.ts).
SELECT json_build_object(
  'run_id', (SELECT run_id FROM ops.data_quality_results ORDER BY checked_at DESC, id DESC LIMIT 1),
  'checks', (SELECT COALESCE(json_agg(json_build_object('check_name', check_name, 'passed', passed,
                    'observed', observed, 'details', details) ORDER BY check_name), '[]')
             FROM ops.data_quality_results
             WHERE run_id = (SELECT run_id FROM ops.data_quality_results ORDER BY checked_at DESC, id DESC LIMIT 1)),
  'history', (SELECT COALESCE(json_agg(h ORDER BY h.checked_at DESC), '[]') FROM (
                SELECT run_id, to_char(max(checked_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS checked_at,
                       count(*) FILTER (WHERE passed)::int AS passed, count(*) FILTER (WHERE NOT passed)::int AS failed
                FROM ops.data_quality_results GROUP BY run_id ORDER BY max(checked_at) DESC LIMIT 20) h)
) AS "quality!";
