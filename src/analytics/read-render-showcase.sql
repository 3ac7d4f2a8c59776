/* @name ReadRenderShowcaseSql */
SELECT repo_full_name AS "repo_full_name!", render_category, language, stars AS "stars!", star_velocity, activity_score,
       momentum_score::float AS momentum_score, service_types AS "service_types!"
FROM analytics.render_showcase
LIMIT :limit! OFFSET :offset!;
