-- Exact row counts of every table in the five layers, in one statement.
SELECT
    t.table_schema AS schema,
    t.table_name   AS "table",
    (xpath('/row/c/text()',
           query_to_xml(format('SELECT count(*) AS c FROM %I.%I', t.table_schema, t.table_name), false, true, ''))
    )[1]::text::bigint AS rows
FROM information_schema.tables t
WHERE t.table_schema IN ('raw', 'staging', 'warehouse', 'ops')
  AND t.table_type = 'BASE TABLE'
ORDER BY array_position(ARRAY['raw', 'staging', 'warehouse', 'ops']::text[], t.table_schema::text), t.table_name;
