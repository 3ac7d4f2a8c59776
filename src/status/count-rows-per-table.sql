-- Exact row counts of every table in the schemas $1, in their order, in one
-- statement (a partitioned table once, with its partitions' rows; migration 0019).
SELECT
    n.nspname AS schema,
    c.relname AS "table",
    (xpath('/row/c/text()',
           query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, ''))
    )[1]::text::bigint AS rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[])
  AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY array_position($1::text[], n.nspname::text), c.relname;
