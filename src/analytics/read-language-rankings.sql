/* @name ReadLanguageRankingsSql */
SELECT rank_in_language, repo_full_name AS "repo_full_name!", stars AS "stars!", star_velocity,
       momentum_score::float AS momentum_score, uses_render AS "uses_render!"
FROM analytics.language_rankings
WHERE lower(language_name) = lower(:language!)
ORDER BY rank_in_language
LIMIT :limit! OFFSET :offset!;
