/* @name OpenSessionSql */
-- A browser session by its secret's hash, with an absolute and an idle expiry.
INSERT INTO identity.sessions (user_id, secret_sha256, expires_at, idle_expires_at, user_agent, source_ip)
VALUES (:userId!, :sha256!, now() + make_interval(hours => :hours!::int),
        now() + make_interval(mins => :idleMinutes!::int), :userAgent, :sourceIp)
RETURNING session_id;
