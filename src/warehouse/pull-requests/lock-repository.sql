/* @name LockRepositorySql */
-- Serialises the transactions that record one repository (two serving
-- instances, concurrent jobs): without it, two first inserts of a new
-- repository race on the full_name unique index, which ON CONFLICT (github_id)
-- does not cover. Released at commit. :githubId the repository
SELECT pg_advisory_xact_lock(7347102, (:githubId!::bigint % 2147483647)::int);
