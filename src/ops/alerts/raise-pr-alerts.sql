/* @name RaisePrAlertsSql */
-- High-risk pull requests not alerted yet: one alert per PR head commit.
-- Bots' PRs raise none (issue 22: bots out of risk by default; they stay
-- listed with /api/insights?include_bots=true).
INSERT INTO ops.alerts (rule, subject, day, message, details)
SELECT 'high_risk_pr', format('%s#%s@%s', r.full_name, i.pr_number, left(COALESCE(i.commit_sha, ''), 12)),
       i.created_at::date,
       format('High-risk PR %s#%s: %s', r.full_name, i.pr_number, i.summary),
       jsonb_build_object('repository', r.full_name, 'pr_number', i.pr_number, 'url',
                          'https://github.com/' || r.full_name || '/pull/' || i.pr_number, 'recommendation', i.recommendation)
FROM warehouse.insights i
JOIN warehouse.repositories r ON r.id = i.repo_id
LEFT JOIN warehouse.pull_requests p ON p.repo_id = i.repo_id AND p.pr_number = i.pr_number
WHERE i.risk_level = 'high'
  AND NOT COALESCE(analytics.is_bot_author(p.author, p.author_type), false)
ON CONFLICT (rule, subject, day) DO NOTHING;
