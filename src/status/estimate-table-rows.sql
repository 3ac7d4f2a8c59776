/* @name EstimateTableRowsSql */
-- Estimated rows per table of :schemas from planner statistics: cheap enough for every scrape.
-- A partition's rows count for its partitioned table (migration 0019).
SELECT n.nspname || '.' || COALESCE(parent.relname, c.relname) AS "name!",
       sum(GREATEST(c.reltuples, 0))::bigint AS "n!"
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class parent ON parent.oid = i.inhparent
WHERE c.relkind = 'r' AND n.nspname = ANY(:schemas!::text[])
GROUP BY 1;
