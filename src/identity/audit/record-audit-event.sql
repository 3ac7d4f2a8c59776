/* @name RecordAuditEventSql */
-- One line of the audit log: who (:actorUserId, :actorLogin), what (:action, :target, :details), from where.
INSERT INTO identity.audit_log (actor_user_id, actor_login, action, target, details, source_ip)
VALUES (:actorUserId, :actorLogin, :action!, :target, COALESCE(:details::jsonb, '{}'), :sourceIp);
