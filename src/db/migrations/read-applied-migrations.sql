-- What a migration set's ledger (:ledger, quoted by apply-migrations.ts) says was applied.
SELECT version, name, checksum, applied_at FROM :ledger ORDER BY version;
