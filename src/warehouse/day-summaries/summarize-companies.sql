/* @name SummarizeCompaniesSql */
-- The day's totals per tracked organisation on :snapshotDate (as analytics.company_total_stars).
INSERT INTO warehouse.day_company_totals (
    snapshot_date, company_name, display_name, repo_count, total_stars, total_forks, total_open_issues)
SELECT :snapshotDate!::date, dc.company_name, dc.display_name, count(*), sum(f.stars), sum(f.forks), sum(f.open_issues)
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_companies dc ON dc.company_key = f.company_key
WHERE f.snapshot_date = :snapshotDate!::date
GROUP BY dc.company_name, dc.display_name;
