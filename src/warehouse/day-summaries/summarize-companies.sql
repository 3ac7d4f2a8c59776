/* @name SummarizeCompaniesSql */
-- The day's analytics.company_totals (migration 0025), kept.
INSERT INTO warehouse.day_company_totals (
    snapshot_date, company_name, display_name, repo_count, total_stars, total_forks, total_open_issues)
SELECT snapshot_date, company_name, display_name, repo_count, total_stars, total_forks, total_open_issues
FROM analytics.company_totals
WHERE snapshot_date = :snapshotDate!::date;
