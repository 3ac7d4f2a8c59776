-- The API reads one day of snapshots ordered by momentum or by star gain:
-- with these, a page of the day is an index range scan, not a sort of every
-- repository of the day.
CREATE INDEX idx_fact_snapshots_date_momentum
    ON warehouse.fact_repo_snapshots (snapshot_date, momentum_score DESC NULLS LAST, stars DESC);
CREATE INDEX idx_fact_snapshots_date_velocity
    ON warehouse.fact_repo_snapshots (snapshot_date, star_velocity DESC NULLS LAST);
CREATE INDEX idx_fact_snapshots_date_velocity_7d
    ON warehouse.fact_repo_snapshots (snapshot_date, star_velocity_7d DESC NULLS LAST);
