-- GH Archive import ledger: one row per hour file, so an interrupted import
-- resumes (an hour not 'succeeded' is imported again; the events store drops
-- the duplicates) and a finished hour is skipped.
CREATE TABLE ops.gharchive_hours (
    hour         TIMESTAMPTZ PRIMARY KEY,          -- the hour the file covers (UTC)
    status       VARCHAR(20) NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    events       INTEGER     NOT NULL DEFAULT 0,   -- events stored
    rejected     INTEGER     NOT NULL DEFAULT 0,   -- lines that were not events
    skipped      INTEGER     NOT NULL DEFAULT 0,   -- events left out by --only-tracked
    bytes        BIGINT      NOT NULL DEFAULT 0,   -- compressed bytes read
    checksum     TEXT,                             -- sha256 of the compressed file
    error        TEXT,
    source_url   TEXT        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ
);

-- Lines of an hour file that could not be read as an event; they never abort the hour.
CREATE TABLE ops.gharchive_rejects (
    hour         TIMESTAMPTZ NOT NULL,
    line_number  INTEGER     NOT NULL,
    reason       TEXT        NOT NULL,
    line         TEXT        NOT NULL,             -- the first 1,000 characters
    rejected_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (hour, line_number)
);
