/* @name ReadStarSnapshotsSql */
-- A repository's daily star counts from the warehouse's snapshots. :githubId, :from, :to
SELECT snapshot_date::text AS "day!", stars
FROM warehouse.fact_repo_snapshots
WHERE github_id = :githubId! AND snapshot_date BETWEEN :from!::date AND :to!::date
ORDER BY snapshot_date;
