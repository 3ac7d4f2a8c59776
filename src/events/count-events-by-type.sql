-- Events per type and source, as the store holds them (each event once).
SELECT type, source, count() AS events, min(created_at) AS first, max(created_at) AS last
FROM github_events
GROUP BY type, source
ORDER BY events DESC, type, source
