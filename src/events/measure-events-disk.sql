-- Disk used by the events store's active parts, and its rows before deduplication.
SELECT sum(bytes_on_disk) AS bytes, sum(rows) AS stored_rows, count() AS parts
FROM system.parts
WHERE active AND database = currentDatabase() AND table IN ('github_events_store', 'github_events_local', 'client_events_store', 'client_events_local')
