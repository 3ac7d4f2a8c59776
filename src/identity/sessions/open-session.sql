/* @name OpenSessionSql */
-- A browser session by its secret's hash, with an absolute and an idle expiry
-- and the user's GitHub token sealed under the secret.
INSERT INTO identity.sessions (user_id, secret_sha256, expires_at, idle_expires_at, user_agent, source_ip, github_token_sealed)
VALUES (:userId!, :sha256!, now() + make_interval(hours => :hours!::int),
        now() + make_interval(mins => :idleMinutes!::int), :userAgent, :sourceIp, :githubTokenSealed)
RETURNING session_id;
