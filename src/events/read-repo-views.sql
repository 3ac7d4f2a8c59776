-- "Viewed by your team": who viewed one repository's pages (the repository
-- page or its pull requests) with the browser extension in the last {days}
-- days, most views first. Repository names compare without case, as GitHub's do.
SELECT user_login AS login, count() AS views, max(occurred_at) AS last_viewed_at
FROM client_events
WHERE lower(repository) = lower({repository:String})
  AND type IN ('repository_viewed', 'pull_request_viewed')
  AND occurred_at >= now64(3) - toIntervalDay({days:UInt32})
GROUP BY user_login
ORDER BY views DESC, login
LIMIT 100
