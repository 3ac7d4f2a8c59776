-- What raw holds, found in the catalog rather than in a list of its tables:
-- every raw table with snapshot_date and run_id columns is a source's landing
-- table, so a new source's table counts from its own migration on, and
-- reprocess and re-runs need no edit (README "Sources").

-- The raw tables that hold a day's answers of a run.
CREATE FUNCTION raw.landing_tables() RETURNS SETOF regclass
LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'raw' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND (SELECT count(*) FROM pg_attribute a
           WHERE a.attrelid = c.oid AND NOT a.attisdropped AND a.attname IN ('snapshot_date', 'run_id')) = 2
    ORDER BY c.relname
$$;

-- The days raw holds answers for (from `since`, or every day when it is NULL),
-- oldest first, with the runs that landed them: what reprocess rebuilds.
CREATE FUNCTION raw.landed_days(since date)
RETURNS TABLE (snapshot_date date, run_ids text[])
LANGUAGE plpgsql STABLE AS $$
DECLARE
    scans text;
BEGIN
    SELECT string_agg(format('SELECT snapshot_date, run_id::text AS run_id FROM %s', t), ' UNION ')
    INTO scans FROM raw.landing_tables() AS t;
    IF scans IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT r.snapshot_date, array_agg(DISTINCT r.run_id) FROM (%s) r
         WHERE r.run_id IS NOT NULL AND ($1 IS NULL OR r.snapshot_date >= $1)
         GROUP BY r.snapshot_date ORDER BY r.snapshot_date', scans)
    USING since;
END
$$;

-- Whether raw already holds answers for the day: a re-run, whose earlier
-- receipts of the same things then go (src/raw/raw-spool.ts).
CREATE FUNCTION raw.has_landed_day(day date) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE
    landing regclass;
    found boolean;
BEGIN
    FOR landing IN SELECT * FROM raw.landing_tables() LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE snapshot_date = $1)', landing) INTO found USING day;
        IF found THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;
