/* @name SignInUserSql */
-- A GitHub user signing in: written on first sign-in with :firstRole (an admin
-- named in auth.admins, else auth.default_role), refreshed afterwards with
-- GitHub's login, name and avatar; an auth.admins login is an admin again.
INSERT INTO identity.users (github_id, login, name, avatar_url, role, last_seen_at)
VALUES (:githubId!, :login!, :name, :avatarUrl, :firstRole!, now())
ON CONFLICT (github_id) DO UPDATE
SET login = EXCLUDED.login, name = EXCLUDED.name, avatar_url = EXCLUDED.avatar_url, last_seen_at = now(),
    role = CASE WHEN :isAdmin!::boolean THEN 'admin' ELSE identity.users.role END
RETURNING user_id, login, role;
