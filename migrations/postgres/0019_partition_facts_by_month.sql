-- Snapshots partitioned by month (declarative partitioning), so that a year of
-- history stays cheap to write and retention drops whole months instead of
-- deleting rows. Existing rows move into the new tables.
--
-- Keys are ready for Citus (README "Past one machine"): each fact's primary
-- key includes github_id, the distribution column. The seed's uniqueness of
-- (repo_key, snapshot_date) still holds: the foreign key on (repo_key,
-- github_id) ties a repo_key to one github_id, and (github_id, snapshot_date)
-- is the primary key.
--
-- The analytics views read the old tables, so they are dropped here and
-- re-created unchanged (their text is 0008's).

DROP VIEW analytics.repo_activity_score, analytics.company_top_forked_repos,
    analytics.language_popularity_by_company, analytics.company_total_stars, analytics.repo_daily_growth,
    analytics.language_rankings, analytics.render_showcase, analytics.trending_repos_current,
    analytics.latest_snapshot_date;

ALTER TABLE warehouse.dim_repositories ADD CONSTRAINT uq_dim_repositories_key_github_id UNIQUE (repo_key, github_id);

ALTER TABLE warehouse.fact_repo_snapshots RENAME TO fact_repo_snapshots_unpartitioned;
ALTER TABLE warehouse.fact_language_snapshots RENAME TO fact_language_snapshots_unpartitioned;

CREATE TABLE warehouse.fact_repo_snapshots (
    snapshot_key       BIGINT  NOT NULL DEFAULT nextval('warehouse.fact_repo_snapshots_snapshot_key_seq'),
    repo_key           BIGINT  NOT NULL,
    github_id          BIGINT  NOT NULL,
    language_key       BIGINT  REFERENCES warehouse.dim_languages (language_key),
    company_key        BIGINT  REFERENCES warehouse.dim_companies (company_key),
    snapshot_date      DATE    NOT NULL,
    stars              INTEGER NOT NULL CHECK (stars >= 0),
    forks              INTEGER NOT NULL DEFAULT 0 CHECK (forks >= 0),
    open_issues        INTEGER NOT NULL DEFAULT 0 CHECK (open_issues >= 0),
    star_velocity      INTEGER,
    star_velocity_7d   INTEGER,
    activity_score     INTEGER,
    momentum_score     NUMERIC(5, 3) CHECK (momentum_score BETWEEN 0 AND 1),
    rank_overall       INTEGER,
    rank_in_language   INTEGER,
    pushed_at          TIMESTAMPTZ,
    is_carried_forward BOOLEAN NOT NULL DEFAULT false,
    run_id             VARCHAR(50),
    CONSTRAINT pk_fact_repo_snapshots PRIMARY KEY (github_id, snapshot_date),
    CONSTRAINT fk_fact_snapshots_repository FOREIGN KEY (repo_key, github_id)
        REFERENCES warehouse.dim_repositories (repo_key, github_id)
) PARTITION BY RANGE (snapshot_date);
ALTER SEQUENCE warehouse.fact_repo_snapshots_snapshot_key_seq OWNED BY warehouse.fact_repo_snapshots.snapshot_key;
CREATE INDEX idx_fact_repo_snapshots_repo_key ON warehouse.fact_repo_snapshots (repo_key, snapshot_date);
CREATE INDEX idx_fact_repo_snapshots_day_language ON warehouse.fact_repo_snapshots (snapshot_date, language_key, rank_in_language);
CREATE INDEX idx_fact_repo_snapshots_company ON warehouse.fact_repo_snapshots (company_key, snapshot_date);
CREATE INDEX idx_fact_repo_snapshots_day_momentum
    ON warehouse.fact_repo_snapshots (snapshot_date, momentum_score DESC NULLS LAST, stars DESC);
CREATE INDEX idx_fact_repo_snapshots_day_velocity
    ON warehouse.fact_repo_snapshots (snapshot_date, star_velocity DESC NULLS LAST);
CREATE INDEX idx_fact_repo_snapshots_day_velocity_7d
    ON warehouse.fact_repo_snapshots (snapshot_date, star_velocity_7d DESC NULLS LAST);
-- Rows for a month without its partition yet (a hand-written INSERT); the
-- pipeline creates the month's partition before it writes and moves them there.
CREATE TABLE warehouse.fact_repo_snapshots_default PARTITION OF warehouse.fact_repo_snapshots DEFAULT;

CREATE TABLE warehouse.fact_language_snapshots (
    github_id      BIGINT NOT NULL,
    repo_key       BIGINT NOT NULL,
    language_key   BIGINT NOT NULL REFERENCES warehouse.dim_languages (language_key),
    snapshot_date  DATE   NOT NULL,
    bytes          BIGINT NOT NULL CHECK (bytes >= 0),
    CONSTRAINT pk_fact_language_snapshots PRIMARY KEY (github_id, snapshot_date, language_key),
    CONSTRAINT fk_fact_language_snapshots_repository FOREIGN KEY (repo_key, github_id)
        REFERENCES warehouse.dim_repositories (repo_key, github_id)
) PARTITION BY RANGE (snapshot_date);
CREATE INDEX idx_fact_language_snapshots_day ON warehouse.fact_language_snapshots (snapshot_date);
CREATE TABLE warehouse.fact_language_snapshots_default PARTITION OF warehouse.fact_language_snapshots DEFAULT;

-- The month's partition of a fact table, created when missing. Rows the
-- default partition holds for that month move into it first (a partition
-- cannot be created over them). Returns true when it created one.
CREATE FUNCTION warehouse.ensure_month_partition(parent regclass, day date) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('month', day)::date;
    next_day date := (date_trunc('month', day) + interval '1 month')::date;
    schema_name text;
    table_name text;
    partition_name text;
    default_name text;
    moved boolean;
BEGIN
    SELECT n.nspname, c.relname INTO schema_name, table_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent;
    partition_name := format('%s_y%sm%s', table_name, to_char(first_day, 'YYYY'), to_char(first_day, 'MM'));
    default_name := table_name || '_default';
    IF to_regclass(format('%I.%I', schema_name, partition_name)) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I WHERE snapshot_date >= $1 AND snapshot_date < $2)',
                   schema_name, default_name)
        INTO moved USING first_day, next_day;
    IF moved THEN
        EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                       schema_name, partition_name, parent);
        EXECUTE format('WITH moved AS (DELETE FROM %I.%I WHERE snapshot_date >= $1 AND snapshot_date < $2 RETURNING *)
                        INSERT INTO %I.%I SELECT * FROM moved',
                       schema_name, default_name, schema_name, partition_name) USING first_day, next_day;
        EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                       parent, schema_name, partition_name, first_day, next_day);
    ELSE
        EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                       schema_name, partition_name, parent, first_day, next_day);
    END IF;
    RETURN true;
END
$$;

-- Retention for a fact table: drops every month partition that ends on or
-- before the cutoff, and deletes the default partition's older rows. Returns
-- how many rows went.
CREATE FUNCTION warehouse.drop_month_partitions_before(parent regclass, cutoff date) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    part record;
    dropped bigint := 0;
    deleted bigint;
    part_rows bigint;
BEGIN
    FOR part IN
        SELECT c.oid::regclass AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = parent
    LOOP
        CONTINUE WHEN part.bound = 'DEFAULT';
        IF substring(part.bound FROM 'TO \(''([0-9-]+)''\)')::date <= cutoff THEN
            EXECUTE format('SELECT count(*) FROM %s', part.name) INTO part_rows;
            EXECUTE format('DROP TABLE %s', part.name);
            dropped := dropped + part_rows;
        END IF;
    END LOOP;
    EXECUTE format('WITH gone AS (DELETE FROM %s_default WHERE snapshot_date < $1 RETURNING 1) SELECT count(*) FROM gone',
                   parent) INTO deleted USING cutoff;
    RETURN dropped + deleted;
END
$$;

-- Move the existing rows, month by month.
SELECT warehouse.ensure_month_partition('warehouse.fact_repo_snapshots', m::date)
FROM (SELECT DISTINCT date_trunc('month', snapshot_date) AS m FROM warehouse.fact_repo_snapshots_unpartitioned) x;
SELECT warehouse.ensure_month_partition('warehouse.fact_language_snapshots', m::date)
FROM (SELECT DISTINCT date_trunc('month', snapshot_date) AS m FROM warehouse.fact_language_snapshots_unpartitioned) x;
INSERT INTO warehouse.fact_repo_snapshots SELECT * FROM warehouse.fact_repo_snapshots_unpartitioned;
INSERT INTO warehouse.fact_language_snapshots (github_id, repo_key, language_key, snapshot_date, bytes)
SELECT github_id, repo_key, language_key, snapshot_date, bytes FROM warehouse.fact_language_snapshots_unpartitioned;
DROP TABLE warehouse.fact_repo_snapshots_unpartitioned, warehouse.fact_language_snapshots_unpartitioned;

-- 0008's views, unchanged.
CREATE VIEW analytics.latest_snapshot_date AS
SELECT max(snapshot_date) AS snapshot_date FROM warehouse.fact_repo_snapshots;

-- seed 000 analytics_trending_repos_current
CREATE VIEW analytics.trending_repos_current AS
SELECT
    dr.repo_full_name,
    dr.language,
    frs.stars,
    frs.forks,
    frs.open_issues,
    frs.star_velocity,
    frs.star_velocity_7d,
    frs.activity_score,
    frs.momentum_score,
    frs.rank_overall,
    frs.rank_in_language,
    dr.description,
    dr.readme_content,
    dr.created_at,
    dr.repo_url,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON frs.repo_key = dr.repo_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY frs.momentum_score DESC NULLS LAST, frs.stars DESC, dr.repo_full_name
LIMIT 100;

-- seed 000 analytics_render_showcase: repositories with a Render blueprint.
CREATE VIEW analytics.render_showcase AS
SELECT
    dr.repo_full_name,
    dr.render_category,
    frs.stars,
    frs.momentum_score,
    frs.star_velocity,
    frs.activity_score,
    dr.language,
    ARRAY(
        SELECT rs.service_type
        FROM warehouse.bridge_repo_render_services b
        JOIN warehouse.dim_render_services rs ON rs.service_key = b.service_key
        WHERE b.github_id = dr.github_id
        ORDER BY rs.service_type
    ) AS service_types,
    frs.snapshot_date
FROM warehouse.dim_repositories dr
JOIN warehouse.fact_repo_snapshots frs ON dr.repo_key = frs.repo_key
WHERE dr.render_category IS NOT NULL
  AND frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY frs.momentum_score DESC NULLS LAST, frs.stars DESC;

-- seed 000 analytics_language_rankings
CREATE VIEW analytics.language_rankings AS
SELECT
    dl.language_name,
    dr.repo_full_name,
    frs.stars,
    frs.momentum_score,
    frs.rank_in_language,
    (dr.render_category IS NOT NULL) AS uses_render,
    frs.star_velocity,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON frs.repo_key = dr.repo_key
JOIN warehouse.dim_languages dl ON frs.language_key = dl.language_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY dl.language_name, frs.rank_in_language;

-- seed 001 repo_daily_growth: stars gained per day, by LAG over snapshots.
CREATE VIEW analytics.repo_daily_growth AS
SELECT
    frs.github_id,
    cur.repo_full_name,
    frs.snapshot_date,
    frs.stars,
    frs.forks,
    frs.open_issues,
    LAG(frs.stars) OVER w AS previous_stars,
    frs.stars - LAG(frs.stars) OVER w AS daily_growth
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories cur ON cur.github_id = frs.github_id AND cur.is_current
WINDOW w AS (PARTITION BY frs.github_id ORDER BY frs.snapshot_date);

-- seed 001 company_total_stars, as of the latest snapshot date.
CREATE VIEW analytics.company_total_stars AS
SELECT
    dc.company_name,
    dc.display_name,
    count(*)::int          AS repo_count,
    sum(frs.stars)::bigint AS total_stars,
    sum(frs.forks)::bigint AS total_forks,
    sum(frs.open_issues)::bigint AS total_open_issues,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_companies dc ON dc.company_key = frs.company_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
GROUP BY dc.company_name, dc.display_name, frs.snapshot_date
ORDER BY total_stars DESC;

-- seed 001 language_popularity_by_company: bytes and repositories per language
-- per company, from each repository's latest language snapshot.
CREATE VIEW analytics.language_popularity_by_company AS
WITH latest AS (
    SELECT DISTINCT ON (fls.github_id, fls.language_key)
           fls.github_id, fls.language_key, fls.bytes, fls.snapshot_date
    FROM warehouse.fact_language_snapshots fls
    ORDER BY fls.github_id, fls.language_key, fls.snapshot_date DESC
)
SELECT
    dc.company_name,
    dl.language_name,
    count(DISTINCT latest.github_id)::int AS repo_count,
    sum(latest.bytes)::bigint             AS total_bytes,
    round(100.0 * sum(latest.bytes) / NULLIF(sum(sum(latest.bytes)) OVER (PARTITION BY dc.company_name), 0), 2)
                                          AS share_percent
FROM latest
JOIN warehouse.dim_repositories dr ON dr.github_id = latest.github_id AND dr.is_current
JOIN warehouse.dim_companies dc ON dc.company_key = dr.company_key
JOIN warehouse.dim_languages dl ON dl.language_key = latest.language_key
GROUP BY dc.company_name, dl.language_name
ORDER BY dc.company_name, total_bytes DESC;

-- seed 001 company_top_forked_repos: repositories ranked by forks per company.
CREATE VIEW analytics.company_top_forked_repos AS
SELECT
    dc.company_name,
    dr.repo_full_name,
    frs.forks,
    frs.stars,
    RANK() OVER (PARTITION BY dc.company_name ORDER BY frs.forks DESC) AS fork_rank,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON dr.repo_key = frs.repo_key
JOIN warehouse.dim_companies dc ON dc.company_key = frs.company_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date);

-- seed 001 repo_activity_score: a composite of stars, forks and open issues
-- (stars + 2 x forks + 0.5 x open issues), beside the pipeline's activity_score.
CREATE VIEW analytics.repo_activity_score AS
SELECT
    dr.repo_full_name,
    dr.language,
    frs.stars,
    frs.forks,
    frs.open_issues,
    (frs.stars + 2 * frs.forks + 0.5 * frs.open_issues)::numeric(14, 1) AS composite_score,
    frs.activity_score,
    frs.momentum_score,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON dr.repo_key = frs.repo_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY composite_score DESC;
