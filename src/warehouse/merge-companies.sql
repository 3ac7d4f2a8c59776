/* @name MergeCompaniesSql */
-- Tracked orgs from the configuration: added when new, marked untracked when removed.
-- :orgs the tracked logins
WITH tracked AS (
    SELECT DISTINCT ON (lower(login)) login FROM unnest(:orgs!::text[]) AS t(login)
), added AS (
    INSERT INTO warehouse.dim_companies (company_name, display_name, is_tracked)
    SELECT login, login, true FROM tracked
    ON CONFLICT (company_name) DO UPDATE SET is_tracked = true
    RETURNING company_key
)
UPDATE warehouse.dim_companies c
SET is_tracked = false
WHERE c.is_tracked AND lower(c.company_name) NOT IN (SELECT lower(login) FROM tracked);
