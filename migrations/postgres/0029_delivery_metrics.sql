-- Delivery metrics (SPEC section 11, issue 22): per merged PR the time from its
-- first commit to production, and per repository, org and everything, per week
-- and month, the DORA metrics with their 2023 bands. The definitions follow
-- Apache DevLake's DORA plugin (backend/plugins/dora) so the figures compare
-- with it; where these views differ, the comment beside the column says how
-- and why. Instants are placed in periods in UTC; weeks start on Monday (ISO).
-- A repository's deployments, incidents and shipped commits come from the
-- delivery converters (src/warehouse/delivery), its PRs from the PR flow model.

-- The logins config `delivery.bots` names, lowercased. A view cannot read the
-- config file, and passing the list at query time would make every reader
-- (API, dashboard, plain SQL) repeat it; so each pipeline run and reprocess
-- rewrites this list from the config (src/warehouse/delivery/refresh-delivery-bots.sql)
-- and the views read it. A config change shows from the next run on.
CREATE TABLE ops.delivery_bots (
    login TEXT PRIMARY KEY CHECK (login = lower(login))
);

-- Whether a PR's author is a bot, one rule for every metric that leaves bots
-- out: GitHub says the author is a Bot, or the login ends in [bot] (REST's
-- spelling), or config delivery.bots names it (ops.delivery_bots).
CREATE FUNCTION analytics.is_bot_author(author TEXT, author_type TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT COALESCE(author_type = 'Bot' OR author ~ '\[bot\]$'
                    OR lower(author) IN (SELECT b.login FROM ops.delivery_bots b), false)
$$;

-- Each incident with the deployment it is charged to: the latest successful
-- production deployment of its repository that finished at or before the
-- incident was opened (DevLake's incident_deploy_connector, which also
-- compares with <=). An incident opened before any such deployment is charged
-- to none (deployment columns NULL) and counts in no rate.
-- recovery_hours: closed − that deployment's finish (DORA's failed deployment
-- recovery time), NULL while open or when charged to none.
CREATE VIEW analytics.delivery_incidents AS
SELECT r.full_name AS repository, i.issue_number, i.title, i.labels, i.opened_at, i.closed_at, i.url,
       d.source AS deployment_source, d.deployment_id, d.finished_at AS deployment_finished_at,
       round((extract(epoch FROM i.closed_at - d.finished_at) / 3600)::numeric, 2) AS recovery_hours
FROM warehouse.incidents i
JOIN warehouse.repositories r ON r.id = i.repo_id
LEFT JOIN LATERAL (
    SELECT x.source, x.deployment_id, x.finished_at
    FROM warehouse.deployments x
    WHERE x.repo_id = i.repo_id AND x.is_production AND x.status = 'success' AND x.finished_at <= i.opened_at
    ORDER BY x.finished_at DESC, x.source DESC, x.deployment_id DESC
    LIMIT 1
) d ON true;

-- Every finished production deployment: succeeded or failed (a cancelled or
-- unfinished one deployed nothing yet, and is not counted anywhere).
-- incidents: how many incidents are charged to it (above).
-- is_rework: a successful one that finished while an incident charged to an
-- earlier deployment of the same repository was open (opened at or before its
-- finish, closed at or after it): the fix, or whatever else shipped while
-- production was known broken. DORA 2024's rework rate counts "unplanned
-- deployments made because of an incident"; GitHub says nothing about intent,
-- so being shipped during an open incident stands for it. DevLake's DORA
-- plugin has no rework rate to compare with.
CREATE VIEW analytics.production_deployments AS
SELECT r.full_name AS repository, d.source, d.deployment_id, d.environment, d.name, d.sha, d.status,
       d.started_at, d.finished_at, d.url,
       (SELECT count(*)::int FROM analytics.delivery_incidents i
        WHERE i.repository = r.full_name AND i.deployment_source = d.source
          AND i.deployment_id = d.deployment_id) AS incidents,
       d.status = 'success' AND EXISTS (
           SELECT 1 FROM analytics.delivery_incidents i
           WHERE i.repository = r.full_name
             AND i.deployment_finished_at < d.finished_at
             AND i.opened_at <= d.finished_at
             AND (i.closed_at IS NULL OR d.finished_at <= i.closed_at)
       ) AS is_rework
FROM warehouse.deployments d
JOIN warehouse.repositories r ON r.id = d.repo_id
WHERE d.is_production AND d.status IN ('success', 'failure') AND d.finished_at IS NOT NULL;

-- One row per merged PR: when each step happened and how long each took, in
-- hours (DevLake's change_lead_time_calculator):
--   coding  first commit authored → opened
--   pickup  opened → first review by someone other than the author (any review,
--           a dismissed one too: someone picked it up; PR comments are not
--           collected, so a comment-only pickup is not seen)
--   review  that first review → merged
--   deploy  merged → deployed: the finish of the first successful production
--           deployment whose shipped commits (warehouse.deployment_commits)
--           hold the PR's merge commit
--   cycle   first commit (or opened, when earlier or the first commit is
--           unknown) → deployed, or → merged while not deployed. DevLake adds
--           coding + (opened → merged) + deploy, the same span when all are known.
-- A span that would be negative (a first commit rewritten after the PR was
-- opened) is NULL, as DevLake drops it. first_commit_at is NULL for PRs only
-- webhooks told us about (webhooks carry no commit times): their coding time
-- is NULL and their cycle starts when they were opened.
-- is_bot: GitHub says the author is a Bot, or the login ends in [bot] (REST's
-- spelling), or config delivery.bots names it (ops.delivery_bots).
CREATE VIEW analytics.pr_delivery_times AS
SELECT r.full_name AS repository, p.pr_number, p.title, p.author, p.author_type,
       analytics.is_bot_author(p.author, p.author_type) AS is_bot,
       p.opened_at, p.first_commit_at, rv.first_review_at, p.merged_at, p.merge_commit_sha,
       dep.finished_at AS deployed_at, dep.source AS deployment_source, dep.deployment_id,
       CASE WHEN p.first_commit_at <= p.opened_at
            THEN round((extract(epoch FROM p.opened_at - p.first_commit_at) / 3600)::numeric, 2) END AS coding_hours,
       CASE WHEN p.opened_at <= rv.first_review_at
            THEN round((extract(epoch FROM rv.first_review_at - p.opened_at) / 3600)::numeric, 2) END AS pickup_hours,
       CASE WHEN rv.first_review_at <= p.merged_at
            THEN round((extract(epoch FROM p.merged_at - rv.first_review_at) / 3600)::numeric, 2) END AS review_hours,
       CASE WHEN p.merged_at <= dep.finished_at
            THEN round((extract(epoch FROM dep.finished_at - p.merged_at) / 3600)::numeric, 2) END AS deploy_hours,
       CASE WHEN span.started_at <= span.ended_at
            THEN round((extract(epoch FROM span.ended_at - span.started_at) / 3600)::numeric, 2) END AS cycle_hours
FROM warehouse.pull_requests p
JOIN warehouse.repositories r ON r.id = p.repo_id
LEFT JOIN LATERAL (
    SELECT min(x.submitted_at) AS first_review_at
    FROM warehouse.pull_request_reviews x
    WHERE x.repo_id = p.repo_id AND x.pr_number = p.pr_number AND x.reviewer IS DISTINCT FROM p.author
) rv ON true
LEFT JOIN LATERAL (
    SELECT d.source, d.deployment_id, d.finished_at
    FROM warehouse.deployment_commits c
    JOIN warehouse.deployments d
      ON d.repo_id = c.repo_id AND d.source = c.source AND d.deployment_id = c.deployment_id
    WHERE c.repo_id = p.repo_id AND c.commit_sha = p.merge_commit_sha
      AND d.is_production AND d.status = 'success' AND d.finished_at IS NOT NULL
    ORDER BY d.finished_at, d.source, d.deployment_id
    LIMIT 1
) dep ON true
-- LEAST ignores NULL: the first commit when known and not later than opening, else opening
CROSS JOIN LATERAL (
    SELECT LEAST(p.first_commit_at, p.opened_at) AS started_at, COALESCE(dep.finished_at, p.merged_at) AS ended_at
) span
WHERE p.merged_at IS NOT NULL;

-- Per scope (scope_kind 'repository': owner/name; 'org': the owner; 'all':
-- 'all') and period (period_kind 'week' from Monday, or 'month'; period_end
-- is the first day after it), every period from the scope's first merged PR,
-- production deployment or incident to the latest one anywhere, so a quiet
-- week is a row (a repository with merged PRs or incidents and no deployment
-- at all has every period 'no deployments'; one with none of the three has no rows). A period without a finished production deployment says so:
-- note = 'no deployments', its rates NULL and their bands 'no deployments',
-- never 0 %.
--   deployments             finished production deployments (succeeded or failed)
--   successful_deployments  the successful ones
--   deployment_days         distinct UTC days with a successful one (DevLake's frequency)
--   days_per_week           deployment_days ÷ (period length in weeks): a month's is its average week
--   deployment_frequency_band  DORA 2023: elite ≥ 5 days a week (on demand), high ≥ 1 a week,
--                           medium ≥ 1 a month (only a month can be medium: a week with a
--                           deployment day is high), low: deployments but none succeeded
--   deployed_prs, lead_time_hours  non-bot PRs deployed in the period, median cycle_hours;
--                           band elite < 24 h, high < 168 h (a week), medium < 720 h (30 days), else low
--   deployments_with_incidents, change_failure_rate  successful production deployments of
--                           the period with an incident charged to them ÷ the successful ones
--                           (DevLake's denominator: only a successful deployment can be
--                           charged, so a failed one would lower the rate); share 0–1;
--                           band elite ≤ 5 %, high ≤ 10 %, medium ≤ 15 %, else low
--   incidents_resolved, recovery_hours  incidents closed in the period that are charged to a
--                           deployment, median closed − deployment's finish; band elite < 1 h,
--                           high < 24 h, medium < 168 h, else low. Counted by when incidents
--                           close, so a period without deployments can have one
--   rework_deployments, rework_rate  successful ones that are rework (production_deployments)
--                           ÷ the successful ones; share 0–1; DORA publishes no bands for it
CREATE VIEW analytics.dora_metrics AS
WITH scopes AS (
    -- a repository counts in three scopes: itself, its owner, everything; a private
    -- one in its own only, since the org and all figures are everyone's (migration 0027)
    SELECT r.id AS repo_id, r.full_name AS repository, s.scope_kind, s.scope
    FROM warehouse.repositories r
    CROSS JOIN LATERAL (VALUES ('repository', r.full_name), ('org', r.owner), ('all', 'all')) AS s (scope_kind, scope)
    WHERE s.scope_kind = 'repository' OR NOT COALESCE(r.is_private, false)
), activity AS (
    -- what the periods span: every instant a fact below is placed at, and PRs merged
    SELECT repo_id, finished_at AS at FROM warehouse.deployments WHERE is_production AND finished_at IS NOT NULL
    UNION ALL
    SELECT repo_id, opened_at FROM warehouse.incidents
    UNION ALL
    SELECT repo_id, closed_at FROM warehouse.incidents WHERE closed_at IS NOT NULL
    UNION ALL
    SELECT repo_id, merged_at FROM warehouse.pull_requests WHERE merged_at IS NOT NULL
), periods AS (
    SELECT f.scope_kind, f.scope, k.period_kind, g::date AS period_start, (g + k.length)::date AS period_end
    FROM (
        SELECT s.scope_kind, s.scope, min(a.at) AS first_at
        FROM scopes s JOIN activity a ON a.repo_id = s.repo_id
        GROUP BY s.scope_kind, s.scope
    ) f
    CROSS JOIN (SELECT max(at) AS last_at FROM activity) l
    CROSS JOIN (VALUES ('week', interval '1 week'), ('month', interval '1 month')) AS k (period_kind, length)
    CROSS JOIN LATERAL generate_series(date_trunc(k.period_kind, f.first_at AT TIME ZONE 'UTC'),
                                       date_trunc(k.period_kind, l.last_at AT TIME ZONE 'UTC'), k.length) AS g
), facts AS (
    -- what a period counts, each at the instant that places it
    SELECT repository, finished_at AS at, 'deployment' AS fact, status, incidents > 0 AS with_incident,
           is_rework, NULL::numeric AS hours
    FROM analytics.production_deployments
    UNION ALL
    SELECT repository, deployed_at, 'change', NULL, NULL, NULL, cycle_hours
    FROM analytics.pr_delivery_times
    WHERE deployed_at IS NOT NULL AND NOT is_bot
    UNION ALL
    SELECT repository, closed_at, 'recovery', NULL, NULL, NULL, recovery_hours
    FROM analytics.delivery_incidents
    WHERE closed_at IS NOT NULL AND recovery_hours IS NOT NULL
), counted AS (
    SELECT s.scope_kind, s.scope, k.period_kind, k.period_start,
           count(*) FILTER (WHERE f.fact = 'deployment') AS deployments,
           count(*) FILTER (WHERE f.fact = 'deployment' AND f.status = 'success') AS successful,
           count(DISTINCT (f.at AT TIME ZONE 'UTC')::date)
               FILTER (WHERE f.fact = 'deployment' AND f.status = 'success') AS deployment_days,
           count(*) FILTER (WHERE f.fact = 'deployment' AND f.status = 'success' AND f.with_incident) AS with_incident,
           count(*) FILTER (WHERE f.fact = 'deployment' AND f.is_rework) AS rework,
           count(*) FILTER (WHERE f.fact = 'change') AS changes,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY f.hours) FILTER (WHERE f.fact = 'change') AS lead_time,
           count(*) FILTER (WHERE f.fact = 'recovery') AS recoveries,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY f.hours) FILTER (WHERE f.fact = 'recovery') AS recovery
    FROM facts f
    JOIN scopes s ON s.repository = f.repository
    CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', f.at AT TIME ZONE 'UTC')::date),
                               ('month', date_trunc('month', f.at AT TIME ZONE 'UTC')::date)) AS k (period_kind, period_start)
    GROUP BY s.scope_kind, s.scope, k.period_kind, k.period_start
), measured AS (
    SELECT p.scope_kind, p.scope, p.period_kind, p.period_start, p.period_end,
           COALESCE(c.deployments, 0)::int AS deployments,
           COALESCE(c.successful, 0)::int AS successful,
           COALESCE(c.deployment_days, 0)::int AS deployment_days,
           CASE WHEN c.deployments > 0
                THEN c.deployment_days * 7.0 / (p.period_end - p.period_start) END AS days_per_week,
           COALESCE(c.changes, 0)::int AS changes,
           c.lead_time,
           COALESCE(c.with_incident, 0)::int AS with_incident,
           CASE WHEN c.successful > 0 THEN c.with_incident::numeric / c.successful END AS failure_rate,
           COALESCE(c.recoveries, 0)::int AS recoveries,
           c.recovery,
           COALESCE(c.rework, 0)::int AS rework,
           CASE WHEN c.successful > 0 THEN c.rework::numeric / c.successful END AS rework_rate
    FROM periods p
    LEFT JOIN counted c
      ON c.scope_kind = p.scope_kind AND c.scope = p.scope AND c.period_kind = p.period_kind
     AND c.period_start = p.period_start
)
SELECT scope_kind, scope, period_kind, period_start, period_end,
       CASE WHEN deployments = 0 THEN 'no deployments' END AS note,
       deployments, successful AS successful_deployments, deployment_days,
       round(days_per_week, 2) AS days_per_week,
       CASE WHEN deployments = 0 THEN 'no deployments'
            WHEN days_per_week >= 5 THEN 'elite'
            WHEN days_per_week >= 1 THEN 'high'
            WHEN deployment_days >= 1 THEN 'medium'
            ELSE 'low' END AS deployment_frequency_band,
       changes AS deployed_prs,
       round(lead_time::numeric, 2) AS lead_time_hours,
       CASE WHEN deployments = 0 THEN 'no deployments'
            WHEN lead_time IS NULL THEN 'no deployed PRs'
            WHEN lead_time < 24 THEN 'elite'
            WHEN lead_time < 168 THEN 'high'
            WHEN lead_time < 720 THEN 'medium'
            ELSE 'low' END AS lead_time_band,
       with_incident AS deployments_with_incidents,
       round(failure_rate, 3) AS change_failure_rate,
       CASE WHEN deployments = 0 THEN 'no deployments'
            WHEN failure_rate IS NULL THEN 'no successful deployments'
            WHEN failure_rate <= 0.05 THEN 'elite'
            WHEN failure_rate <= 0.10 THEN 'high'
            WHEN failure_rate <= 0.15 THEN 'medium'
            ELSE 'low' END AS change_failure_band,
       recoveries AS incidents_resolved,
       round(recovery::numeric, 2) AS recovery_hours,
       CASE WHEN recovery IS NULL AND deployments = 0 THEN 'no deployments'
            WHEN recovery IS NULL THEN 'no incidents resolved'
            WHEN recovery < 1 THEN 'elite'
            WHEN recovery < 24 THEN 'high'
            WHEN recovery < 168 THEN 'medium'
            ELSE 'low' END AS recovery_band,
       rework AS rework_deployments,
       round(rework_rate, 3) AS rework_rate
FROM measured;
