-- A repository renamed or transferred on GitHub keeps its github_id: a new name
-- closes its dimension version (close-changed-repo-versions.sql), so the versions
-- keep every name it had. Its old names are its aliases: the API redirects them
-- and search finds them (README "API and dashboard").
CREATE VIEW analytics.repo_name_aliases AS
SELECT cur.github_id, old.repo_full_name AS alias, cur.repo_full_name, max(old.valid_to) AS renamed_at
FROM warehouse.dim_repositories cur
JOIN warehouse.dim_repositories old ON old.github_id = cur.github_id AND NOT old.is_current
WHERE cur.is_current AND lower(old.repo_full_name) <> lower(cur.repo_full_name)
GROUP BY cur.github_id, old.repo_full_name, cur.repo_full_name;

-- An old name is looked up in any version, not only current ones (idx_dim_repos_fullname).
CREATE INDEX idx_dim_repos_any_version_name ON warehouse.dim_repositories (lower(repo_full_name));
