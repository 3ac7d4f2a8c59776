-- Estimated rows per table from planner statistics: cheap enough for every scrape.
SELECT n.nspname || '.' || c.relname AS name, GREATEST(c.reltuples, 0)::bigint AS n
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname IN ('raw', 'staging', 'warehouse', 'ops');
