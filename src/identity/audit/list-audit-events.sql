/* @name ListAuditEventsSql */
-- The latest :limit lines of the audit log, newest first.
SELECT event_id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at!", actor_login, action, target,
       details, source_ip
FROM identity.audit_log
ORDER BY at DESC, event_id DESC
LIMIT :limit!;
