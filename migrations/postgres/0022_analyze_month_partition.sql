-- Fresh planner statistics for the partition a run just wrote a day into.
-- The day's rows sit in the run's open transaction, where autovacuum cannot
-- see them; without these the score step's estimate for "the run's day" is a
-- handful of rows and its plan nests loops over every repository. The
-- partition is the one that holds the day's rows (its month's, or the default
-- one), found from the rows rather than from the partitions' naming, which
-- ensure_month_partition (0019) alone knows. Only the columns the later steps
-- filter and join on.
CREATE FUNCTION warehouse.analyze_month_partition(parent regclass, day date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    holder regclass;
BEGIN
    EXECUTE format('SELECT tableoid::regclass FROM %s WHERE snapshot_date = $1 LIMIT 1', parent)
        INTO holder USING day;
    IF holder IS NOT NULL THEN
        EXECUTE format('ANALYZE %s (github_id, snapshot_date, language_key)', holder);
    END IF;
END
$$;
