-- The five layers of gitpulse, one schema each (SPEC section 1).
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS warehouse;
CREATE SCHEMA IF NOT EXISTS analytics;
CREATE SCHEMA IF NOT EXISTS ops;

-- gen_random_uuid() is core from PostgreSQL 13; pgcrypto is not needed.
