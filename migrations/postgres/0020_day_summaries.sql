-- Each day's lists, computed once in the write transaction that snapshots the
-- day, so the API's first answer after a run reads a few precomputed rows
-- instead of aggregating every repository of the day (README "Scaling").
-- They live in warehouse because analytics holds views only (SPEC section 1);
-- the analytics views keep reading the facts.

-- A day whose lists are computed, and how deep each trending list goes.
CREATE TABLE warehouse.day_summaries (
    snapshot_date   DATE PRIMARY KEY,
    trending_depth  INTEGER     NOT NULL CHECK (trending_depth > 0),
    summarized_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The first trending_depth repositories of every list /api/trending serves:
-- window (momentum | 1d | 7d) x rising or not x all languages ('*') or one (lower-case name).
CREATE TABLE warehouse.day_trending_lists (
    snapshot_date     DATE    NOT NULL REFERENCES warehouse.day_summaries (snapshot_date) ON DELETE CASCADE,
    list_window       TEXT    NOT NULL CHECK (list_window IN ('momentum', '1d', '7d')),
    rising            BOOLEAN NOT NULL,
    scope             TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    github_id         BIGINT  NOT NULL,
    repo_full_name    TEXT    NOT NULL,
    language          TEXT,
    description       TEXT,
    stars             INTEGER NOT NULL,
    forks             INTEGER NOT NULL,
    open_issues       INTEGER NOT NULL,
    star_velocity     INTEGER,
    star_velocity_7d  INTEGER,
    activity_score    INTEGER,
    momentum_score    NUMERIC(5, 3),
    rank_overall      INTEGER,
    rank_in_language  INTEGER,
    render_category   TEXT,
    created_at        TIMESTAMPTZ,
    PRIMARY KEY (snapshot_date, list_window, rising, scope, position)
);

-- Repositories, stars and 7-day star gain per language.
CREATE TABLE warehouse.day_language_totals (
    snapshot_date     DATE   NOT NULL REFERENCES warehouse.day_summaries (snapshot_date) ON DELETE CASCADE,
    language_name     TEXT   NOT NULL,
    repos             INTEGER NOT NULL,
    stars             BIGINT NOT NULL,
    star_velocity_7d  BIGINT NOT NULL,
    PRIMARY KEY (snapshot_date, language_name)
);

-- Totals per tracked organisation (analytics.company_total_stars for that day).
CREATE TABLE warehouse.day_company_totals (
    snapshot_date      DATE    NOT NULL REFERENCES warehouse.day_summaries (snapshot_date) ON DELETE CASCADE,
    company_name       TEXT    NOT NULL,
    display_name       TEXT,
    repo_count         INTEGER NOT NULL,
    total_stars        BIGINT  NOT NULL,
    total_forks        BIGINT  NOT NULL,
    total_open_issues  BIGINT  NOT NULL,
    PRIMARY KEY (snapshot_date, company_name)
);
