/* @name SummarizeGharchiveHoursSql */
-- Hours per status with their events, rejects and bytes, and the failed hours' reasons.
-- Each group has rows, and their counts and hours are NOT NULL.
SELECT status, count(*)::int AS "hours!", sum(events)::bigint AS "events!", sum(rejected)::bigint AS "rejected!",
       sum(bytes)::bigint AS "bytes!", min(hour) AS "first_hour!", max(hour) AS "last_hour!",
       (array_agg(to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24') || ': ' || error ORDER BY hour)
          FILTER (WHERE error IS NOT NULL))[1:10] AS errors
FROM ops.gharchive_hours
GROUP BY status
ORDER BY status;
