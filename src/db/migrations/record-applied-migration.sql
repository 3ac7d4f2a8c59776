-- One applied migration into its set's ledger (:ledger, quoted by apply-migrations.ts).
-- $1 version, $2 file name, $3 checksum
INSERT INTO :ledger (version, name, checksum) VALUES ($1, $2, $3);
