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
-- The analytics views are bound to the old tables: their definitions are kept
-- here, the views dropped, and re-created as they were once the new tables
-- exist (in creation order, which is dependency order).
CREATE TEMPORARY TABLE saved_views ON COMMIT DROP AS
SELECT c.oid, format('%I.%I', n.nspname, c.relname) AS name, pg_get_viewdef(c.oid) AS definition
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'analytics' AND c.relkind = 'v';
DO $$
DECLARE v record;
BEGIN
    FOR v IN SELECT name FROM saved_views ORDER BY oid DESC LOOP
        EXECUTE format('DROP VIEW %s', v.name);
    END LOOP;
END
$$;

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

DO $$
DECLARE v record;
BEGIN
    FOR v IN SELECT name, definition FROM saved_views ORDER BY oid LOOP
        EXECUTE format('CREATE VIEW %s AS %s', v.name, v.definition);
    END LOOP;
END
$$;
