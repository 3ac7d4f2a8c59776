-- Development only: drops one schema of a database (:schema, quoted by
-- reset-database.ts); its migrations recreate it.
DROP SCHEMA IF EXISTS :schema CASCADE;
