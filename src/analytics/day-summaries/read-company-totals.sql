/* @name ReadCompanyTotalsSql */
-- The precomputed company totals of a day (summarize-companies.sql). :snapshotDate
SELECT company_name, repo_count, total_stars, total_forks
FROM warehouse.day_company_totals
WHERE snapshot_date = :snapshotDate!::date
ORDER BY total_stars DESC;
