/* @name StageRenderServicesSql */
-- Render service types parsed from blueprints (parse-render-blueprint.ts: YAML
-- cannot be parsed in SQL), and each repository's Render category.
-- :names, :serviceTypes, :serviceCounts (arrays, one element per repository and type), :runId, :snapshotDate
WITH incoming AS (
    SELECT * FROM unnest(:names!::text[], :serviceTypes!::text[], :serviceCounts!::int[]) AS i(repo_full_name, service_type, service_count)
), dropped AS (
    DELETE FROM staging.render_services r
    WHERE r.repo_full_name IN (SELECT repo_full_name FROM incoming)
      AND (r.repo_full_name, r.service_type) NOT IN (SELECT repo_full_name, service_type FROM incoming)
), upserted AS (
    INSERT INTO staging.render_services (repo_full_name, service_type, service_count, run_id, snapshot_date)
    SELECT repo_full_name, service_type, service_count, :runId!, :snapshotDate!::date FROM incoming
    ON CONFLICT (repo_full_name, service_type) DO UPDATE
    SET service_count = EXCLUDED.service_count, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date
)
-- The category is the first of the repository's services in this order.
UPDATE staging.repos_validated s
SET render_category = c.service_type
FROM (
    SELECT DISTINCT ON (repo_full_name) repo_full_name, service_type
    FROM incoming
    ORDER BY repo_full_name, array_position(
        ARRAY['web', 'static-site', 'private-service', 'worker', 'background-worker', 'cron', 'postgres', 'redis'], service_type)
) c
WHERE lower(s.repo_full_name) = lower(c.repo_full_name);
