/* @name SaveGharchiveRejectsSql */
-- Lines of an :hour that were not events: :lineNumbers, :reasons and :lines side by side.
INSERT INTO ops.gharchive_rejects (hour, line_number, reason, line)
SELECT :hour!, n, r, left(l, 1000)
FROM unnest(:lineNumbers!::int[], :reasons!::text[], :lines!::text[]) AS t(n, r, l)
ON CONFLICT (hour, line_number) DO NOTHING;
