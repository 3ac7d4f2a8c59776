-- Data-quality results of the most recent run that recorded any.
SELECT run_id, check_name, passed, observed, details
FROM ops.data_quality_results
WHERE run_id = (SELECT run_id FROM ops.data_quality_results ORDER BY checked_at DESC, id DESC LIMIT 1)
ORDER BY check_name;
