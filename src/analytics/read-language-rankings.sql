-- $1 language, $2 limit, $3 offset
SELECT rank_in_language, repo_full_name, stars, star_velocity, momentum_score::float AS momentum_score, uses_render
FROM analytics.language_rankings
WHERE lower(language_name) = lower($1)
ORDER BY rank_in_language
LIMIT $2 OFFSET $3;
