-- Client events per type and client, as the store holds them (each event once).
SELECT type, client_name, count() AS events, uniqExact(user_id, user_login) AS users,
       min(received_at) AS first, max(received_at) AS last
FROM client_events
GROUP BY type, client_name
ORDER BY events DESC, type, client_name
