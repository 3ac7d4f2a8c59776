/* @name SetUserRoleSql */
-- A user's new role, and the one it replaces (for the audit log).
UPDATE identity.users u SET role = :role!
FROM (SELECT user_id, role FROM identity.users WHERE user_id = :userId! FOR UPDATE) before
WHERE u.user_id = before.user_id
RETURNING u.user_id, u.login, before.role AS "previous_role!", u.role;
