-- Star history from GitHub's stargazers/history endpoint (README "Star history"):
-- per week, newest first, the stars still there bucketed by the day they were
-- given. Landed raw as received, validated week by week into staging, expanded
-- into one fact row per repository and day, and reconciled with the daily
-- snapshots in analytics.repo_star_history.

-- One row per page GitHub answered (200) for a repository. `has_next` is what
-- the answer's Link header said (rel="next"): a backfill is complete at the
-- first page without one.
CREATE TABLE raw.github_star_history (
    id               BIGSERIAL PRIMARY KEY,
    repo_full_name   VARCHAR(255) NOT NULL,
    github_id        BIGINT       NOT NULL,
    page             INTEGER      NOT NULL CHECK (page >= 1),
    has_next         BOOLEAN      NOT NULL,
    etag             TEXT,
    api_response     JSONB        NOT NULL,
    fetch_timestamp  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    run_id           VARCHAR(50),
    snapshot_date    DATE         NOT NULL DEFAULT CURRENT_DATE
);
CREATE INDEX idx_raw_star_history_snapshot ON raw.github_star_history (snapshot_date);
CREATE INDEX idx_raw_star_history_run ON raw.github_star_history (run_id);
CREATE INDEX idx_raw_star_history_repo ON raw.github_star_history (github_id, page);

-- Weeks that passed the rule star_history_week_shape, the latest answer per
-- repository and week.
CREATE TABLE staging.star_history_weeks (
    github_id      BIGINT      NOT NULL,
    week           BIGINT      NOT NULL,  -- unix seconds of the week's start, as GitHub sent it
    days           INTEGER[]   NOT NULL CHECK (cardinality(days) = 7),
    fetched_at     TIMESTAMPTZ NOT NULL,
    raw_id         BIGINT,
    run_id         VARCHAR(50),
    snapshot_date  DATE        NOT NULL,
    PRIMARY KEY (github_id, week)
);
CREATE INDEX idx_stg_star_history_weeks_run ON staging.star_history_weeks (run_id, snapshot_date);
-- retention keeps the raw answers a staged week names
CREATE INDEX idx_stg_star_history_weeks_raw ON staging.star_history_weeks (raw_id);

-- Per repository and day: stars given that day and still there when GitHub
-- was asked. Days without any are not stored (a later answer that shows a day
-- at zero deletes its row). Partitioned by year of the day, not by month like
-- the snapshots: these rows span a repository's whole life (back to 2008), so
-- months would make ~220 mostly tiny partitions, and retention, which the
-- snapshots' monthly partitions serve, does not apply (the history is kept).
-- Keyed by github_id first, for Citus like the other facts.
CREATE TABLE warehouse.fact_star_history (
    github_id       BIGINT      NOT NULL,
    star_date       DATE        NOT NULL,
    stars_retained  INTEGER     NOT NULL CHECK (stars_retained > 0),
    fetched_at      TIMESTAMPTZ NOT NULL,
    run_id          VARCHAR(50),
    CONSTRAINT pk_fact_star_history PRIMARY KEY (github_id, star_date)
) PARTITION BY RANGE (star_date);
CREATE TABLE warehouse.fact_star_history_default PARTITION OF warehouse.fact_star_history DEFAULT;

-- What the facts cover per repository, and where a first backfill resumes:
-- `complete` once the oldest page was read; until then `next_page` is the
-- page the next run asks for. `page1_etag` makes the daily refresh of the
-- recent 30 weeks a conditional request (a 304 is free), kept here rather
-- than in ops.http_cache so that a million repositories' page bodies are not
-- loaded into every run's memory.
CREATE TABLE warehouse.star_history_coverage (
    github_id    BIGINT      PRIMARY KEY,
    complete     BOOLEAN     NOT NULL DEFAULT false,
    next_page    INTEGER     CHECK (next_page >= 1),
    first_day    DATE,
    page1_etag   TEXT,
    fetched_at   TIMESTAMPTZ NOT NULL,
    checked_at   TIMESTAMPTZ NOT NULL,
    CHECK (complete = (next_page IS NULL))
);

-- A star webhook's stargazers_count: the repository's live figure between runs.
CREATE TABLE warehouse.repo_live_stars (
    github_id    BIGINT      PRIMARY KEY,
    stars        INTEGER     NOT NULL CHECK (stars >= 0),
    observed_at  TIMESTAMPTZ NOT NULL,
    delivery_id  TEXT        NOT NULL
);

-- The year's partition of a fact table partitioned by a date column, created
-- when missing; rows the default partition holds for that year move into it
-- first (a partition cannot be created over them). Returns true when it created one.
CREATE FUNCTION warehouse.ensure_year_partition(parent regclass, day_column text, day date) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('year', day)::date;
    next_day date := (date_trunc('year', day) + interval '1 year')::date;
    schema_name text;
    table_name text;
    partition_name text;
    default_name text;
    moved boolean;
BEGIN
    SELECT n.nspname, c.relname INTO schema_name, table_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent;
    partition_name := format('%s_y%s', table_name, to_char(first_day, 'YYYY'));
    default_name := table_name || '_default';
    IF to_regclass(format('%I.%I', schema_name, partition_name)) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I WHERE %I >= $1 AND %I < $2)',
                   schema_name, default_name, day_column, day_column)
        INTO moved USING first_day, next_day;
    IF moved THEN
        EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                       schema_name, partition_name, parent);
        EXECUTE format('WITH moved AS (DELETE FROM %I.%I WHERE %I >= $1 AND %I < $2 RETURNING *)
                        INSERT INTO %I.%I SELECT * FROM moved',
                       schema_name, default_name, day_column, day_column, schema_name, partition_name)
            USING first_day, next_day;
        EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                       parent, schema_name, partition_name, first_day, next_day);
    ELSE
        EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                       schema_name, partition_name, parent, first_day, next_day);
    END IF;
    RETURN true;
END
$$;

-- One star history per repository, every day from its creation (or its first
-- star, when GitHub's day boundary puts that a day earlier) to its latest
-- figure:
--   stars_retained       stars given that day and still there (0 on days without);
--   retained_cumulative  their running total, once the backfill is complete
--                        (NULL before: older stars are not known yet);
--   snapshot_stars       stargazers_count of gitpulse's snapshot of that day;
--   live_stars           a star webhook's count, on the day it was observed;
--   stars_taken_back     snapshot_stars − retained_cumulative: stars given up to
--                        that day and removed since (never rescaled away);
--   stars, source        the day's figure and where it comes from: 'snapshot',
--                        'webhook' (no snapshot that day yet), 'star_history'.
CREATE VIEW analytics.repo_star_history AS
WITH spans AS (
    SELECT d.github_id, d.repo_full_name, d.created_at,
           COALESCE(c.complete, false) AS history_complete,
           LEAST(d.created_at::date, c.first_day,
                 (SELECT min(s.snapshot_date) FROM warehouse.fact_repo_snapshots s WHERE s.github_id = d.github_id)) AS first_day,
           GREATEST(
               (SELECT max(s.snapshot_date) FROM warehouse.fact_repo_snapshots s WHERE s.github_id = d.github_id),
               (SELECT max(h.star_date) FROM warehouse.fact_star_history h WHERE h.github_id = d.github_id),
               (SELECT (l.observed_at AT TIME ZONE 'UTC')::date FROM warehouse.repo_live_stars l WHERE l.github_id = d.github_id)
           ) AS last_day
    FROM warehouse.dim_repositories d
    LEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id
    WHERE d.is_current
), days AS (
    SELECT sp.github_id, sp.repo_full_name, sp.history_complete, g.day::date AS day,
           COALESCE(h.stars_retained, 0) AS stars_retained,
           s.stars AS snapshot_stars,
           CASE WHEN (l.observed_at AT TIME ZONE 'UTC')::date = g.day::date THEN l.stars END AS live_stars
    FROM spans sp
    CROSS JOIN LATERAL generate_series(sp.first_day, sp.last_day, interval '1 day') AS g(day)
    LEFT JOIN warehouse.fact_star_history h ON h.github_id = sp.github_id AND h.star_date = g.day::date
    LEFT JOIN warehouse.fact_repo_snapshots s ON s.github_id = sp.github_id AND s.snapshot_date = g.day::date
    LEFT JOIN warehouse.repo_live_stars l ON l.github_id = sp.github_id
), cumulative AS (
    SELECT days.*,
           CASE WHEN history_complete THEN
               sum(stars_retained) OVER (PARTITION BY github_id ORDER BY day ROWS UNBOUNDED PRECEDING)::int
           END AS retained_cumulative
    FROM days
)
SELECT github_id, repo_full_name, day, stars_retained, retained_cumulative, snapshot_stars, live_stars,
       snapshot_stars - retained_cumulative AS stars_taken_back,
       COALESCE(snapshot_stars, live_stars, retained_cumulative) AS stars,
       CASE WHEN snapshot_stars IS NOT NULL THEN 'snapshot'
            WHEN live_stars IS NOT NULL THEN 'webhook'
            WHEN retained_cumulative IS NOT NULL THEN 'star_history'
       END AS source,
       history_complete
FROM cumulative;
