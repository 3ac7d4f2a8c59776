/* @name AddLanguagesSql */
-- Languages first seen in this run join dim_languages (the seeded ones keep their category).
-- :runId the run
INSERT INTO warehouse.dim_languages (language_name, language_category, display_name)
SELECT DISTINCT l.language, 'detected', l.language
FROM (
    SELECT language FROM staging.repos_validated WHERE run_id = :runId!
    UNION
    SELECT language FROM staging.repo_languages WHERE run_id = :runId!
) l
WHERE l.language IS NOT NULL
ON CONFLICT (language_name) DO NOTHING;
