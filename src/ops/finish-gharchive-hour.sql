-- An hour's import ended. $1 hour, $2 status, $3 events, $4 rejected, $5 skipped, $6 bytes, $7 checksum, $8 error
UPDATE ops.gharchive_hours
SET status = $2, events = $3, rejected = $4, skipped = $5, bytes = $6, checksum = $7, error = $8,
    finished_at = now()
WHERE hour = $1;
