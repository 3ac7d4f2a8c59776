-- Lines of an hour that were not events. $1 hour, $2 line numbers, $3 reasons, $4 lines
INSERT INTO ops.gharchive_rejects (hour, line_number, reason, line)
SELECT $1, n, r, left(l, 1000)
FROM unnest($2::int[], $3::text[], $4::text[]) AS t(n, r, l)
ON CONFLICT (hour, line_number) DO NOTHING;
