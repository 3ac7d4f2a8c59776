/* @name ReadRepositorySql */
-- The current version of a repository, its old names (newest first) and its
-- latest snapshot. :fullName (owner/name)
SELECT dr.github_id, dr.repo_full_name,
       ARRAY(SELECT a.alias FROM analytics.repo_name_aliases a
             WHERE a.github_id = dr.github_id ORDER BY a.renamed_at DESC) AS "aliases!",
       dr.description, dr.language, dr.repo_url, dr.render_category, dr.topics,
       dr.license_spdx, dr.is_private, dc.company_name AS "company?",
       CASE WHEN f.snapshot_date IS NOT NULL THEN json_build_object(
           'stars', f.stars, 'forks', f.forks, 'open_issues', f.open_issues, 'star_velocity', f.star_velocity,
           'star_velocity_7d', f.star_velocity_7d, 'activity_score', f.activity_score,
           'momentum_score', f.momentum_score::float, 'rank_overall', f.rank_overall,
           'rank_in_language', f.rank_in_language, 'snapshot_date', f.snapshot_date)
       END AS current
FROM warehouse.dim_repositories dr
LEFT JOIN warehouse.dim_companies dc ON dc.company_key = dr.company_key
LEFT JOIN LATERAL (
    SELECT * FROM warehouse.fact_repo_snapshots s WHERE s.github_id = dr.github_id ORDER BY s.snapshot_date DESC LIMIT 1
) f ON true
WHERE dr.is_current AND lower(dr.repo_full_name) = lower(:fullName!);
