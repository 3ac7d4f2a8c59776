/* @name FinishGharchiveHourSql */
-- An hour's import ended: its :status, counts and bytes read; :checksum and :error may be NULL.
UPDATE ops.gharchive_hours
SET status = :status!, events = :events!, rejected = :rejected!, skipped = :skipped!, bytes = :bytes!,
    checksum = :checksum, error = :error, finished_at = now()
WHERE hour = :hour!;
