-- The ledger of a migration set; :ledger_schema and :ledger are its
-- identifiers, quoted by apply-migrations.ts (PostgreSQL cannot bind them).
CREATE SCHEMA IF NOT EXISTS :ledger_schema;
CREATE TABLE IF NOT EXISTS :ledger (
    version     INTEGER PRIMARY KEY,
    name        TEXT        NOT NULL,
    checksum    TEXT        NOT NULL,
    applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
