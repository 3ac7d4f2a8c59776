/* @name ValidateReposSql */
-- Validates the repositories a run landed in raw (REST objects or GraphQL
-- nodes) with the staging rules of README "The pipeline run", set-based:
--   has_identity        a numeric id and an owner/name
--   non_null_language   the repository has a primary language
--   valid_timestamps    created_at and updated_at are ISO-8601 times
--   stars_non_negative  stars, forks and open issues are numbers >= 0
-- Failures go to staging.rejects with the rule and the reason; the rest are
-- upserted into staging.repos_validated, one row per repository (a repository
-- seen by several sources keeps its most recent receipt).
-- :rawRunIds the raw rows' run ids (this run; for reprocess, the day's earlier runs),
-- :snapshotDate the snapshot_date, :runId the run the staged rows belong to
WITH received AS (
    SELECT
        r.id AS raw_id, r.repo_full_name, r.source, r.source_language, r.api_format, r.api_response AS j,
        CASE r.api_format WHEN 'rest' THEN r.api_response->'id' ELSE r.api_response->'databaseId' END AS id_json,
        CASE r.api_format WHEN 'rest' THEN r.api_response->>'node_id' ELSE r.api_response->>'id' END AS node_id,
        CASE r.api_format WHEN 'rest' THEN r.api_response->>'full_name' ELSE r.api_response->>'nameWithOwner' END AS full_name,
        r.api_response#>>'{owner,login}' AS owner,
        CASE r.api_format WHEN 'rest' THEN r.api_response->>'html_url' ELSE r.api_response->>'url' END AS repo_url,
        CASE r.api_format WHEN 'rest' THEN r.api_response->>'language' ELSE r.api_response#>>'{primaryLanguage,name}' END AS language,
        r.api_response->>'description' AS description,
        CASE r.api_format WHEN 'rest' THEN r.api_response->'stargazers_count' ELSE r.api_response->'stargazerCount' END AS stars_json,
        CASE r.api_format WHEN 'rest' THEN r.api_response->'forks_count' ELSE r.api_response->'forkCount' END AS forks_json,
        CASE r.api_format WHEN 'rest' THEN r.api_response->'open_issues_count' ELSE r.api_response#>'{issues,totalCount}' END AS issues_json,
        CASE r.api_format WHEN 'rest' THEN r.api_response->'watchers_count' ELSE r.api_response#>'{watchers,totalCount}' END AS watchers_json,
        CASE r.api_format WHEN 'rest' THEN r.api_response->>'created_at' ELSE r.api_response->>'createdAt' END AS created_text,
        CASE r.api_format WHEN 'rest' THEN r.api_response->>'updated_at' ELSE r.api_response->>'updatedAt' END AS updated_text,
        CASE r.api_format WHEN 'rest' THEN r.api_response->>'pushed_at' ELSE r.api_response->>'pushedAt' END AS pushed_text,
        CASE r.api_format
            WHEN 'rest' THEN ARRAY(SELECT jsonb_array_elements_text(COALESCE(r.api_response->'topics', '[]')))
            ELSE ARRAY(SELECT t#>>'{topic,name}' FROM jsonb_array_elements(COALESCE(r.api_response#>'{repositoryTopics,nodes}', '[]')) t)
        END AS topics,
        CASE r.api_format WHEN 'rest' THEN r.api_response#>>'{license,spdx_id}' ELSE r.api_response#>>'{licenseInfo,spdxId}' END AS license_spdx,
        COALESCE((CASE r.api_format WHEN 'rest' THEN r.api_response->>'archived' ELSE r.api_response->>'isArchived' END)::boolean, false) AS is_archived,
        COALESCE((CASE r.api_format WHEN 'rest' THEN r.api_response->>'private' ELSE r.api_response->>'isPrivate' END)::boolean, false) AS is_private
    FROM raw.github_repos r
    WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date
), checked AS (
    SELECT *,
        CASE
            WHEN jsonb_typeof(id_json) IS DISTINCT FROM 'number' OR full_name IS NULL OR owner IS NULL
                THEN 'has_identity'
            WHEN language IS NULL OR btrim(language) = ''
                THEN 'non_null_language'
            WHEN created_text IS NULL OR created_text !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$'
              OR updated_text IS NULL OR updated_text !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$'
              OR (pushed_text IS NOT NULL AND pushed_text !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$')
                THEN 'valid_timestamps'
            WHEN jsonb_typeof(stars_json) IS DISTINCT FROM 'number' OR (stars_json)::numeric < 0
              OR jsonb_typeof(forks_json) IS DISTINCT FROM 'number' OR (forks_json)::numeric < 0
              OR jsonb_typeof(issues_json) IS DISTINCT FROM 'number' OR (issues_json)::numeric < 0
                THEN 'stars_non_negative'
        END AS failed_rule
    FROM received
), cleared AS (
    -- A re-run of the day replaces the day's earlier rejects of the same repositories.
    DELETE FROM staging.rejects x
    USING (SELECT DISTINCT repo_full_name FROM checked) c
    WHERE x.snapshot_date = :snapshotDate!::date AND x.raw_table = 'github_repos' AND x.repo_full_name = c.repo_full_name
), rejected AS (
    INSERT INTO staging.rejects (raw_table, raw_id, repo_full_name, rule, reason, api_response, run_id, snapshot_date)
    SELECT 'github_repos', raw_id, repo_full_name, failed_rule,
        CASE failed_rule
            WHEN 'has_identity' THEN 'missing numeric id or owner/name'
            WHEN 'non_null_language' THEN 'repository has no primary language'
            WHEN 'valid_timestamps' THEN format('created_at %s / updated_at %s / pushed_at %s is not an ISO-8601 time',
                                               coalesce(created_text, 'null'), coalesce(updated_text, 'null'), coalesce(pushed_text, 'null'))
            ELSE format('stars %s, forks %s, open issues %s must be numbers >= 0', stars_json, forks_json, issues_json)
        END,
        j, :runId!, :snapshotDate!::date
    FROM checked
    WHERE failed_rule IS NOT NULL
    RETURNING 1
), valid AS (
    SELECT DISTINCT ON ((id_json)::bigint) *
    FROM checked
    WHERE failed_rule IS NULL
    ORDER BY (id_json)::bigint, raw_id DESC
), upserted AS (
    INSERT INTO staging.repos_validated AS s (
        repo_full_name, github_id, node_id, owner, repo_url, language, description, stars, forks, open_issues,
        watchers, topics, license_spdx, is_archived, is_private, created_at, updated_at, pushed_at,
        source, source_language, raw_id, run_id, snapshot_date, loaded_at,
        readme_content, render_category)
    SELECT full_name, (id_json)::bigint, node_id, owner, repo_url, language, description,
        (stars_json)::int, (forks_json)::int, (issues_json)::int, (watchers_json)::int,
        topics, NULLIF(license_spdx, 'NOASSERTION'), is_archived, is_private,
        created_text::timestamptz, updated_text::timestamptz, pushed_text::timestamptz,
        source, source_language, raw_id, :runId!, :snapshotDate!::date, now(),
        NULL, NULL
    FROM valid
    ON CONFLICT (github_id) DO UPDATE SET
        repo_full_name = EXCLUDED.repo_full_name, node_id = EXCLUDED.node_id, owner = EXCLUDED.owner,
        repo_url = EXCLUDED.repo_url, language = EXCLUDED.language, description = EXCLUDED.description,
        stars = EXCLUDED.stars, forks = EXCLUDED.forks, open_issues = EXCLUDED.open_issues,
        watchers = EXCLUDED.watchers, topics = EXCLUDED.topics, license_spdx = EXCLUDED.license_spdx,
        is_archived = EXCLUDED.is_archived, is_private = EXCLUDED.is_private, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
        pushed_at = EXCLUDED.pushed_at, source = EXCLUDED.source, source_language = EXCLUDED.source_language,
        raw_id = EXCLUDED.raw_id, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date,
        loaded_at = EXCLUDED.loaded_at, readme_content = NULL, render_category = NULL
    RETURNING 1
)
SELECT (SELECT count(*) FROM upserted)::int AS "validated!", (SELECT count(*) FROM rejected)::int AS "rejected!";
