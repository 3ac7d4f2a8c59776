-- Fresh planner statistics for the month partition a run just wrote a day
-- into. The day's rows sit in the run's open transaction, where autovacuum
-- cannot see them; without these the score step's estimate for "the run's
-- day" is a handful of rows and its plan nests loops over every repository.
-- Only the columns the later steps filter and join on.
CREATE FUNCTION warehouse.analyze_month_partition(parent regclass, day date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := format('%s_y%sm%s', parent::text, to_char(day, 'YYYY'), to_char(day, 'MM'));
BEGIN
    IF to_regclass(partition_name) IS NOT NULL THEN
        EXECUTE format('ANALYZE %s (github_id, snapshot_date, language_key)', partition_name);
    END IF;
END
$$;
