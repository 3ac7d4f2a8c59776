-- Repositories someone asked gitpulse to track (POST /api/tracked): the next
-- run reads each one from GitHub and, once it is in the warehouse, keeps
-- snapshotting it daily like every tracked repository.
CREATE TABLE ops.tracking_requests (
    full_name     TEXT PRIMARY KEY,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'tracked', 'not_found')),
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX uq_tracking_requests_name ON ops.tracking_requests (lower(full_name));
