/* @name ReadDoraMetricsSql */
-- The DORA metrics (analytics.dora_metrics) of one scope kind ('repository',
-- 'org' or 'all'), or of one scope (:scope, any case), over the last :periods
-- weeks or months (:periodKind) that have data, newest first.
WITH chosen AS (
    SELECT m.*, dense_rank() OVER (ORDER BY m.period_start DESC) AS age
    FROM analytics.dora_metrics m
    WHERE m.period_kind = :periodKind! AND m.scope_kind = :scopeKind!
      AND (:scope::text IS NULL OR lower(m.scope) = lower(:scope::text))
)
SELECT scope_kind AS "scope_kind!", scope AS "scope!", period_kind AS "period_kind!",
       to_char(period_start, 'YYYY-MM-DD') AS "period_start!", to_char(period_end, 'YYYY-MM-DD') AS "period_end!",
       note, deployments AS "deployments!", successful_deployments AS "successful_deployments!",
       deployment_days AS "deployment_days!", days_per_week::float AS days_per_week,
       deployment_frequency_band AS "deployment_frequency_band!",
       deployed_prs AS "deployed_prs!", lead_time_hours::float AS lead_time_hours, lead_time_band AS "lead_time_band!",
       deployments_with_incidents AS "deployments_with_incidents!", change_failure_rate::float AS change_failure_rate,
       change_failure_band AS "change_failure_band!", incidents_resolved AS "incidents_resolved!",
       recovery_hours::float AS recovery_hours, recovery_band AS "recovery_band!",
       rework_deployments AS "rework_deployments!", rework_rate::float AS rework_rate
FROM chosen
WHERE age <= :periods!
ORDER BY period_start DESC, scope;
