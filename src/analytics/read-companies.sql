/* @name ReadCompaniesSql */
SELECT company_name AS "company_name!", repo_count AS "repo_count!", total_stars AS "total_stars!",
       total_forks AS "total_forks!" FROM analytics.company_total_stars;
