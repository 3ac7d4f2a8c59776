/* @name ListGoneRepositoriesSql */
-- The repositories first found gone on :day, for reprocess to end their
-- dimension versions again when it rebuilds that day.
SELECT node_id, reason
FROM ops.gone_repositories
WHERE first_missing_day = :day!::date
ORDER BY github_id;
