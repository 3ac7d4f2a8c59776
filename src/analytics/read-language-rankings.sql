/* @name ReadLanguageRankingsSql */
-- One page of a language's leaderboard on the latest snapshot date: the rows
-- of analytics.language_rankings (migration 0027) for :language, by rank.
-- Read from the facts rather than through the view: with the day and the
-- language as scalars the planner walks idx (snapshot_date, language_key,
-- rank_in_language) in order and stops at the page (about 2 ms at 100k
-- repositories), where the view, joined and sorted, reads the language's
-- whole day (70 ms; README "Scaling"). test/api/api.test.ts holds the two equal.
SELECT f.rank_in_language, dr.repo_full_name AS "repo_full_name!", f.stars AS "stars!", f.star_velocity,
       f.momentum_score::float AS momentum_score, (dr.render_category IS NOT NULL) AS "uses_render!"
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
WHERE f.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
  AND f.language_key = (SELECT dl.language_key FROM warehouse.dim_languages dl
                        WHERE lower(dl.language_name) = lower(:language!) ORDER BY dl.language_key LIMIT 1)
  AND NOT dr.is_private
ORDER BY f.rank_in_language, dr.repo_full_name
LIMIT :limit! OFFSET :offset!;
