/* @name CreateApiTokenSql */
-- A personal token: its hash and last four characters, never the token; the
-- owner's GitHub token, when it has one, sealed under the token.
INSERT INTO identity.api_tokens (user_id, name, scopes, secret_sha256, last_four, expires_at, github_token_sealed)
VALUES (:userId!, :name!, :scopes!::text[], :sha256!, :lastFour!,
        CASE WHEN :expiresInDays::int IS NULL THEN NULL ELSE now() + make_interval(days => :expiresInDays::int) END,
        :githubTokenSealed)
RETURNING token_id, name, scopes,
          to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS expires_at;
