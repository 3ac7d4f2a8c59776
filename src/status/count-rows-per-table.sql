/* @name CountRowsPerTableSql */
-- Exact row counts of every table in :schemas, in their order, in one
-- statement (a partitioned table once, with its partitions' rows; migration 0019).
SELECT
    n.nspname AS schema,
    c.relname AS "table",
    (xpath('/row/c/text()',
           query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, ''))
    )[1]::text::bigint AS "rows!"
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(:schemas!::text[])
  AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY array_position(:schemas!::text[], n.nspname::text), c.relname;
