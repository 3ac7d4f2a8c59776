SELECT company_name, repo_count, total_stars, total_forks FROM analytics.company_total_stars;
