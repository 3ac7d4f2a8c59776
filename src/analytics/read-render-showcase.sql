SELECT repo_full_name, render_category, language, stars, star_velocity, activity_score,
       momentum_score::float AS momentum_score, service_types
FROM analytics.render_showcase
LIMIT $1 OFFSET $2;
