SELECT version, name, checksum FROM gitpulse_schema_migrations FINAL ORDER BY version
