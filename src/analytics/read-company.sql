/* @name ReadCompanySql */
-- :org login
SELECT json_build_object(
  'company', (SELECT json_build_object('company_name', company_name, 'repo_count', repo_count,
                                       'total_stars', total_stars, 'total_forks', total_forks)
              FROM analytics.company_total_stars WHERE lower(company_name) = lower(:org!)),
  'top_forked', (SELECT COALESCE(json_agg(json_build_object('repo_full_name', repo_full_name, 'forks', forks,
                                 'stars', stars, 'fork_rank', fork_rank) ORDER BY fork_rank), '[]')
                 FROM (SELECT * FROM analytics.company_top_forked_repos WHERE lower(company_name) = lower(:org!)
                       ORDER BY fork_rank LIMIT 10) t),
  'languages', (SELECT COALESCE(json_agg(json_build_object('language_name', language_name, 'repo_count', repo_count,
                                'total_bytes', total_bytes, 'share_percent', share_percent) ORDER BY total_bytes DESC), '[]')
                FROM analytics.language_popularity_by_company WHERE lower(company_name) = lower(:org!))
) AS company;
