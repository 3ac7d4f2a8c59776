-- One repository's daily activity from events, by its GitHub id or, for
-- repositories the warehouse does not know, its owner/name.
SELECT day, stars, forks, prs_opened, prs_merged, issues_opened, pushes, actors
FROM repo_daily_activity
WHERE (repo_id = {repo_id:UInt64} OR ({repo_id:UInt64} = 0 AND lower(repo_name) = lower({repo_name:String})))
  AND day BETWEEN {from:Date} AND {to:Date}
ORDER BY day
