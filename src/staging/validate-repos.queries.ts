/** Types generated for queries found in "src/staging/validate-repos.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ValidateReposSql' parameters type */
export interface IValidateReposSqlParams {
  rawRunIds: stringArray;
  runId: string;
  snapshotDate: string;
}

/** 'ValidateReposSql' return type */
export interface IValidateReposSqlResult {
  rejected: number;
  validated: number;
}

/** 'ValidateReposSql' query type */
export interface IValidateReposSqlQuery {
  params: IValidateReposSqlParams;
  result: IValidateReposSqlResult;
}

const validateReposSqlIR: any = {"usedParamSet":{"rawRunIds":true,"snapshotDate":true,"runId":true},"params":[{"name":"rawRunIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":3212,"b":3222}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":3255,"b":3268},{"a":4578,"b":4591},{"a":5463,"b":5476},{"a":6462,"b":6475}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":5454,"b":5460},{"a":6453,"b":6459}]}],"statement":"-- Validates the repositories a run landed in raw (REST objects or GraphQL\n-- nodes) with the staging rules of README \"The pipeline run\", set-based:\n--   has_identity        a numeric id and an owner/name\n--   non_null_language   the repository has a primary language\n--   valid_timestamps    created_at and updated_at are ISO-8601 times\n--   stars_non_negative  stars, forks and open issues are numbers >= 0\n-- Failures go to staging.rejects with the rule and the reason; the rest are\n-- upserted into staging.repos_validated, one row per repository (a repository\n-- seen by several sources keeps its most recent receipt).\n-- :rawRunIds the raw rows' run ids (this run; for reprocess, the day's earlier runs),\n-- :snapshotDate the snapshot_date, :runId the run the staged rows belong to\nWITH received AS (\n    SELECT\n        r.id AS raw_id, r.repo_full_name, r.source, r.source_language, r.api_format, r.api_response AS j,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->'id' ELSE r.api_response->'databaseId' END AS id_json,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->>'node_id' ELSE r.api_response->>'id' END AS node_id,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->>'full_name' ELSE r.api_response->>'nameWithOwner' END AS full_name,\n        r.api_response#>>'{owner,login}' AS owner,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->>'html_url' ELSE r.api_response->>'url' END AS repo_url,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->>'language' ELSE r.api_response#>>'{primaryLanguage,name}' END AS language,\n        r.api_response->>'description' AS description,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->'stargazers_count' ELSE r.api_response->'stargazerCount' END AS stars_json,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->'forks_count' ELSE r.api_response->'forkCount' END AS forks_json,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->'open_issues_count' ELSE r.api_response#>'{issues,totalCount}' END AS issues_json,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->'watchers_count' ELSE r.api_response#>'{watchers,totalCount}' END AS watchers_json,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->>'created_at' ELSE r.api_response->>'createdAt' END AS created_text,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->>'updated_at' ELSE r.api_response->>'updatedAt' END AS updated_text,\n        CASE r.api_format WHEN 'rest' THEN r.api_response->>'pushed_at' ELSE r.api_response->>'pushedAt' END AS pushed_text,\n        CASE r.api_format\n            WHEN 'rest' THEN ARRAY(SELECT jsonb_array_elements_text(COALESCE(r.api_response->'topics', '[]')))\n            ELSE ARRAY(SELECT t#>>'{topic,name}' FROM jsonb_array_elements(COALESCE(r.api_response#>'{repositoryTopics,nodes}', '[]')) t)\n        END AS topics,\n        CASE r.api_format WHEN 'rest' THEN r.api_response#>>'{license,spdx_id}' ELSE r.api_response#>>'{licenseInfo,spdxId}' END AS license_spdx,\n        COALESCE((CASE r.api_format WHEN 'rest' THEN r.api_response->>'archived' ELSE r.api_response->>'isArchived' END)::boolean, false) AS is_archived\n    FROM raw.github_repos r\n    WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date\n), checked AS (\n    SELECT *,\n        CASE\n            WHEN jsonb_typeof(id_json) IS DISTINCT FROM 'number' OR full_name IS NULL OR owner IS NULL\n                THEN 'has_identity'\n            WHEN language IS NULL OR btrim(language) = ''\n                THEN 'non_null_language'\n            WHEN created_text IS NULL OR created_text !~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$'\n              OR updated_text IS NULL OR updated_text !~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$'\n              OR (pushed_text IS NOT NULL AND pushed_text !~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$')\n                THEN 'valid_timestamps'\n            WHEN jsonb_typeof(stars_json) IS DISTINCT FROM 'number' OR (stars_json)::numeric < 0\n              OR jsonb_typeof(forks_json) IS DISTINCT FROM 'number' OR (forks_json)::numeric < 0\n              OR jsonb_typeof(issues_json) IS DISTINCT FROM 'number' OR (issues_json)::numeric < 0\n                THEN 'stars_non_negative'\n        END AS failed_rule\n    FROM received\n), cleared AS (\n    -- A re-run of the day replaces the day's earlier rejects of the same repositories.\n    DELETE FROM staging.rejects x\n    USING (SELECT DISTINCT repo_full_name FROM checked) c\n    WHERE x.snapshot_date = :snapshotDate!::date AND x.raw_table = 'github_repos' AND x.repo_full_name = c.repo_full_name\n), rejected AS (\n    INSERT INTO staging.rejects (raw_table, raw_id, repo_full_name, rule, reason, api_response, run_id, snapshot_date)\n    SELECT 'github_repos', raw_id, repo_full_name, failed_rule,\n        CASE failed_rule\n            WHEN 'has_identity' THEN 'missing numeric id or owner/name'\n            WHEN 'non_null_language' THEN 'repository has no primary language'\n            WHEN 'valid_timestamps' THEN format('created_at %s / updated_at %s / pushed_at %s is not an ISO-8601 time',\n                                               coalesce(created_text, 'null'), coalesce(updated_text, 'null'), coalesce(pushed_text, 'null'))\n            ELSE format('stars %s, forks %s, open issues %s must be numbers >= 0', stars_json, forks_json, issues_json)\n        END,\n        j, :runId!, :snapshotDate!::date\n    FROM checked\n    WHERE failed_rule IS NOT NULL\n    RETURNING 1\n), valid AS (\n    SELECT DISTINCT ON ((id_json)::bigint) *\n    FROM checked\n    WHERE failed_rule IS NULL\n    ORDER BY (id_json)::bigint, raw_id DESC\n), upserted AS (\n    INSERT INTO staging.repos_validated AS s (\n        repo_full_name, github_id, node_id, owner, repo_url, language, description, stars, forks, open_issues,\n        watchers, topics, license_spdx, is_archived, created_at, updated_at, pushed_at,\n        source, source_language, raw_id, run_id, snapshot_date, loaded_at,\n        readme_content, render_category)\n    SELECT full_name, (id_json)::bigint, node_id, owner, repo_url, language, description,\n        (stars_json)::int, (forks_json)::int, (issues_json)::int, (watchers_json)::int,\n        topics, NULLIF(license_spdx, 'NOASSERTION'), is_archived,\n        created_text::timestamptz, updated_text::timestamptz, pushed_text::timestamptz,\n        source, source_language, raw_id, :runId!, :snapshotDate!::date, now(),\n        NULL, NULL\n    FROM valid\n    ON CONFLICT (github_id) DO UPDATE SET\n        repo_full_name = EXCLUDED.repo_full_name, node_id = EXCLUDED.node_id, owner = EXCLUDED.owner,\n        repo_url = EXCLUDED.repo_url, language = EXCLUDED.language, description = EXCLUDED.description,\n        stars = EXCLUDED.stars, forks = EXCLUDED.forks, open_issues = EXCLUDED.open_issues,\n        watchers = EXCLUDED.watchers, topics = EXCLUDED.topics, license_spdx = EXCLUDED.license_spdx,\n        is_archived = EXCLUDED.is_archived, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,\n        pushed_at = EXCLUDED.pushed_at, source = EXCLUDED.source, source_language = EXCLUDED.source_language,\n        raw_id = EXCLUDED.raw_id, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date,\n        loaded_at = EXCLUDED.loaded_at, readme_content = NULL, render_category = NULL\n    RETURNING 1\n)\nSELECT (SELECT count(*) FROM upserted)::int AS \"validated!\", (SELECT count(*) FROM rejected)::int AS \"rejected!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Validates the repositories a run landed in raw (REST objects or GraphQL
 * -- nodes) with the staging rules of README "The pipeline run", set-based:
 * --   has_identity        a numeric id and an owner/name
 * --   non_null_language   the repository has a primary language
 * --   valid_timestamps    created_at and updated_at are ISO-8601 times
 * --   stars_non_negative  stars, forks and open issues are numbers >= 0
 * -- Failures go to staging.rejects with the rule and the reason; the rest are
 * -- upserted into staging.repos_validated, one row per repository (a repository
 * -- seen by several sources keeps its most recent receipt).
 * -- :rawRunIds the raw rows' run ids (this run; for reprocess, the day's earlier runs),
 * -- :snapshotDate the snapshot_date, :runId the run the staged rows belong to
 * WITH received AS (
 *     SELECT
 *         r.id AS raw_id, r.repo_full_name, r.source, r.source_language, r.api_format, r.api_response AS j,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->'id' ELSE r.api_response->'databaseId' END AS id_json,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->>'node_id' ELSE r.api_response->>'id' END AS node_id,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->>'full_name' ELSE r.api_response->>'nameWithOwner' END AS full_name,
 *         r.api_response#>>'{owner,login}' AS owner,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->>'html_url' ELSE r.api_response->>'url' END AS repo_url,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->>'language' ELSE r.api_response#>>'{primaryLanguage,name}' END AS language,
 *         r.api_response->>'description' AS description,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->'stargazers_count' ELSE r.api_response->'stargazerCount' END AS stars_json,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->'forks_count' ELSE r.api_response->'forkCount' END AS forks_json,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->'open_issues_count' ELSE r.api_response#>'{issues,totalCount}' END AS issues_json,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->'watchers_count' ELSE r.api_response#>'{watchers,totalCount}' END AS watchers_json,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->>'created_at' ELSE r.api_response->>'createdAt' END AS created_text,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->>'updated_at' ELSE r.api_response->>'updatedAt' END AS updated_text,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response->>'pushed_at' ELSE r.api_response->>'pushedAt' END AS pushed_text,
 *         CASE r.api_format
 *             WHEN 'rest' THEN ARRAY(SELECT jsonb_array_elements_text(COALESCE(r.api_response->'topics', '[]')))
 *             ELSE ARRAY(SELECT t#>>'{topic,name}' FROM jsonb_array_elements(COALESCE(r.api_response#>'{repositoryTopics,nodes}', '[]')) t)
 *         END AS topics,
 *         CASE r.api_format WHEN 'rest' THEN r.api_response#>>'{license,spdx_id}' ELSE r.api_response#>>'{licenseInfo,spdxId}' END AS license_spdx,
 *         COALESCE((CASE r.api_format WHEN 'rest' THEN r.api_response->>'archived' ELSE r.api_response->>'isArchived' END)::boolean, false) AS is_archived
 *     FROM raw.github_repos r
 *     WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date
 * ), checked AS (
 *     SELECT *,
 *         CASE
 *             WHEN jsonb_typeof(id_json) IS DISTINCT FROM 'number' OR full_name IS NULL OR owner IS NULL
 *                 THEN 'has_identity'
 *             WHEN language IS NULL OR btrim(language) = ''
 *                 THEN 'non_null_language'
 *             WHEN created_text IS NULL OR created_text !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$'
 *               OR updated_text IS NULL OR updated_text !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$'
 *               OR (pushed_text IS NOT NULL AND pushed_text !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$')
 *                 THEN 'valid_timestamps'
 *             WHEN jsonb_typeof(stars_json) IS DISTINCT FROM 'number' OR (stars_json)::numeric < 0
 *               OR jsonb_typeof(forks_json) IS DISTINCT FROM 'number' OR (forks_json)::numeric < 0
 *               OR jsonb_typeof(issues_json) IS DISTINCT FROM 'number' OR (issues_json)::numeric < 0
 *                 THEN 'stars_non_negative'
 *         END AS failed_rule
 *     FROM received
 * ), cleared AS (
 *     -- A re-run of the day replaces the day's earlier rejects of the same repositories.
 *     DELETE FROM staging.rejects x
 *     USING (SELECT DISTINCT repo_full_name FROM checked) c
 *     WHERE x.snapshot_date = :snapshotDate!::date AND x.raw_table = 'github_repos' AND x.repo_full_name = c.repo_full_name
 * ), rejected AS (
 *     INSERT INTO staging.rejects (raw_table, raw_id, repo_full_name, rule, reason, api_response, run_id, snapshot_date)
 *     SELECT 'github_repos', raw_id, repo_full_name, failed_rule,
 *         CASE failed_rule
 *             WHEN 'has_identity' THEN 'missing numeric id or owner/name'
 *             WHEN 'non_null_language' THEN 'repository has no primary language'
 *             WHEN 'valid_timestamps' THEN format('created_at %s / updated_at %s / pushed_at %s is not an ISO-8601 time',
 *                                                coalesce(created_text, 'null'), coalesce(updated_text, 'null'), coalesce(pushed_text, 'null'))
 *             ELSE format('stars %s, forks %s, open issues %s must be numbers >= 0', stars_json, forks_json, issues_json)
 *         END,
 *         j, :runId!, :snapshotDate!::date
 *     FROM checked
 *     WHERE failed_rule IS NOT NULL
 *     RETURNING 1
 * ), valid AS (
 *     SELECT DISTINCT ON ((id_json)::bigint) *
 *     FROM checked
 *     WHERE failed_rule IS NULL
 *     ORDER BY (id_json)::bigint, raw_id DESC
 * ), upserted AS (
 *     INSERT INTO staging.repos_validated AS s (
 *         repo_full_name, github_id, node_id, owner, repo_url, language, description, stars, forks, open_issues,
 *         watchers, topics, license_spdx, is_archived, created_at, updated_at, pushed_at,
 *         source, source_language, raw_id, run_id, snapshot_date, loaded_at,
 *         readme_content, render_category)
 *     SELECT full_name, (id_json)::bigint, node_id, owner, repo_url, language, description,
 *         (stars_json)::int, (forks_json)::int, (issues_json)::int, (watchers_json)::int,
 *         topics, NULLIF(license_spdx, 'NOASSERTION'), is_archived,
 *         created_text::timestamptz, updated_text::timestamptz, pushed_text::timestamptz,
 *         source, source_language, raw_id, :runId!, :snapshotDate!::date, now(),
 *         NULL, NULL
 *     FROM valid
 *     ON CONFLICT (github_id) DO UPDATE SET
 *         repo_full_name = EXCLUDED.repo_full_name, node_id = EXCLUDED.node_id, owner = EXCLUDED.owner,
 *         repo_url = EXCLUDED.repo_url, language = EXCLUDED.language, description = EXCLUDED.description,
 *         stars = EXCLUDED.stars, forks = EXCLUDED.forks, open_issues = EXCLUDED.open_issues,
 *         watchers = EXCLUDED.watchers, topics = EXCLUDED.topics, license_spdx = EXCLUDED.license_spdx,
 *         is_archived = EXCLUDED.is_archived, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
 *         pushed_at = EXCLUDED.pushed_at, source = EXCLUDED.source, source_language = EXCLUDED.source_language,
 *         raw_id = EXCLUDED.raw_id, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date,
 *         loaded_at = EXCLUDED.loaded_at, readme_content = NULL, render_category = NULL
 *     RETURNING 1
 * )
 * SELECT (SELECT count(*) FROM upserted)::int AS "validated!", (SELECT count(*) FROM rejected)::int AS "rejected!"
 * ```
 */
export const validateReposSql = new PreparedQuery<IValidateReposSqlParams,IValidateReposSqlResult>(validateReposSqlIR);


