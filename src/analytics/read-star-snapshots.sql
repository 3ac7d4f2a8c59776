-- A repository's daily star counts from the warehouse's snapshots. $1 github_id, $2 from, $3 to
SELECT snapshot_date::text AS day, stars
FROM warehouse.fact_repo_snapshots
WHERE github_id = $1 AND snapshot_date BETWEEN $2::date AND $3::date
ORDER BY snapshot_date;
