/* @name EnsureLocalUserSql */
-- The implicit user of auth.mode local (SPEC section 10): every role, no GitHub account.
INSERT INTO identity.users (login, role) VALUES ('local', 'admin')
ON CONFLICT (lower(login)) WHERE github_id IS NULL DO UPDATE SET role = 'admin'
RETURNING user_id, login, role;
