-- One insight per PR head commit, so re-assessing a commit updates its insight
-- in place (same id, acks kept) instead of replacing it. The upsert that
-- replaced them left at most one per commit; the latest is kept in any case.
DELETE FROM warehouse.insights i
USING warehouse.insights newer
WHERE newer.repo_id = i.repo_id AND newer.pr_number = i.pr_number
  AND newer.commit_sha IS NOT DISTINCT FROM i.commit_sha
  AND (newer.created_at, newer.id) > (i.created_at, i.id);

DROP INDEX warehouse.idx_insights_pr;
CREATE UNIQUE INDEX idx_insights_pr_commit ON warehouse.insights (repo_id, pr_number, commit_sha) NULLS NOT DISTINCT;
