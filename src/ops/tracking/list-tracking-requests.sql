/* @name ListTrackingRequestsSql */
-- Every tracking request, newest first; :status only this status (NULL: all)
SELECT full_name AS repository, status,
       to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "requested_at!",
       to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updated_at!"
FROM ops.tracking_requests
WHERE :status::text IS NULL OR status = :status
ORDER BY to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') DESC, full_name;
