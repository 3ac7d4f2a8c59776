/* @name UpdateRepoAttributesSql */
-- Attributes kept as type 1 (overwritten in the current version): owner,
-- company, URL, node id, topics, license, archived, private. Not the name: a
-- rename opens a version (close-changed-repo-versions.sql). A day older than
-- the current version does not overwrite it (reprocess: an old owner onto the
-- version a transfer opened).
-- :runId the run, :asOf its as-of time
UPDATE warehouse.dim_repositories d
SET owner = s.owner, company_key = c.company_key, repo_url = s.repo_url,
    node_id = s.node_id, topics = s.topics, license_spdx = s.license_spdx, is_archived = s.is_archived,
    is_private = s.is_private
FROM staging.repos_validated s
LEFT JOIN warehouse.dim_companies c ON lower(c.company_name) = lower(s.owner) AND c.is_tracked
WHERE s.run_id = :runId! AND d.github_id = s.github_id AND d.is_current AND d.valid_from <= :asOf!::timestamptz
  AND (d.owner, d.company_key, d.repo_url, d.node_id, d.topics, d.license_spdx, d.is_archived, d.is_private)
      IS DISTINCT FROM
      (s.owner, c.company_key, s.repo_url, s.node_id, s.topics, s.license_spdx, s.is_archived, s.is_private);
