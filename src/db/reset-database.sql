-- Development only: drop every gitpulse schema; migrations recreate them.
DROP SCHEMA IF EXISTS analytics CASCADE;
DROP SCHEMA IF EXISTS warehouse CASCADE;
DROP SCHEMA IF EXISTS staging CASCADE;
DROP SCHEMA IF EXISTS raw CASCADE;
DROP SCHEMA IF EXISTS ops CASCADE;
DROP SCHEMA IF EXISTS graphile_worker CASCADE;
