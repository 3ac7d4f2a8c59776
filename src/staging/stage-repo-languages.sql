/* @name StageRepoLanguagesSql */
-- Bytes per language from the languages answers of a run ({"Rust": 123, ...}).
-- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the staging run
WITH incoming AS (
    SELECT DISTINCT ON (d.repo_full_name, kv.key) d.repo_full_name, kv.key AS language, kv.value
    FROM raw.github_repo_details d
    CROSS JOIN LATERAL jsonb_each(d.api_response) kv
    WHERE d.run_id = ANY(:rawRunIds!::text[]) AND d.snapshot_date = :snapshotDate!::date AND d.detail = 'languages' AND jsonb_typeof(d.api_response) = 'object'
    ORDER BY d.repo_full_name, kv.key, d.id DESC
), dropped AS (
    -- languages a repository no longer has (NOT EXISTS: an anti-join, where
    -- NOT IN over a row list rescans it per row once it outgrows work_mem)
    DELETE FROM staging.repo_languages l
    WHERE EXISTS (SELECT 1 FROM incoming i WHERE i.repo_full_name = l.repo_full_name)
      AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.repo_full_name = l.repo_full_name AND i.language = l.language)
)
INSERT INTO staging.repo_languages (repo_full_name, language, bytes, run_id, snapshot_date)
SELECT repo_full_name, language, (value)::bigint, :runId!, :snapshotDate!::date
FROM incoming
WHERE jsonb_typeof(value) = 'number' AND (value)::numeric >= 0
ON CONFLICT (repo_full_name, language) DO UPDATE
SET bytes = EXCLUDED.bytes, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date;
