-- The repositories the team viewed with the browser extension in the last
-- {days} days, the most recently viewed first: views and distinct viewers.
SELECT any(e.repository) AS repository, count() AS views, uniqExact(user_id, user_login) AS viewers,
       max(occurred_at) AS last_viewed_at
FROM client_events AS e
WHERE type IN ('repository_viewed', 'pull_request_viewed')
  AND occurred_at >= now64(3) - toIntervalDay({days:UInt32})
GROUP BY lower(e.repository)
ORDER BY last_viewed_at DESC
LIMIT {limit:UInt32}
