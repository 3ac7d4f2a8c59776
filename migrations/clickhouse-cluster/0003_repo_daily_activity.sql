-- Per repository and day: what the events say happened. Events are a sample
-- of what GitHub saw (GH Archive misses days and, in 2026, most stars), so
-- these are counts of captured events, not of stars or forks.
CREATE VIEW IF NOT EXISTS repo_daily_activity ON CLUSTER __CLUSTER__ AS
SELECT repo_id,
       toDate(created_at) AS day,
       any(repo_name) AS repo_name,
       countIf(type = 'WatchEvent') AS stars,
       countIf(type = 'ForkEvent') AS forks,
       countIf(type = 'PullRequestEvent' AND action = 'opened') AS prs_opened,
       countIf(type = 'PullRequestEvent' AND action = 'closed' AND merged) AS prs_merged,
       countIf(type = 'IssuesEvent' AND action = 'opened') AS issues_opened,
       countIf(type = 'PushEvent') AS pushes,
       uniqExact(actor_login) AS actors
FROM github_events
GROUP BY repo_id, day;
