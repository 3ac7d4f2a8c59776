/* @name LinkRenderServicesSql */
-- Which Render services each repository's blueprint declares, from this run's blueprints.
-- :runId the run
WITH staged AS (
    SELECT d.github_id, rs.service_key, r.service_count
    FROM staging.render_services r
    JOIN warehouse.dim_repositories d ON lower(d.repo_full_name) = lower(r.repo_full_name) AND d.is_current
    JOIN warehouse.dim_render_services rs ON rs.service_type = r.service_type
    WHERE r.run_id = :runId!
), dropped AS (
    DELETE FROM warehouse.bridge_repo_render_services b
    WHERE b.github_id IN (SELECT github_id FROM staged)
      AND (b.github_id, b.service_key) NOT IN (SELECT github_id, service_key FROM staged)
)
INSERT INTO warehouse.bridge_repo_render_services (github_id, service_key, service_count)
SELECT github_id, service_key, service_count FROM staged
ON CONFLICT (github_id, service_key) DO UPDATE SET service_count = EXCLUDED.service_count;
