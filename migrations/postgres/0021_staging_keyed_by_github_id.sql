-- staging.repos_validated is keyed by github_id, the key it is upserted on and
-- the column the warehouse's big tables would be distributed by (README "Past
-- one machine"). A repository name is not a key: a renamed repository keeps
-- its id, and another repository may later take the old name.
ALTER TABLE staging.repos_validated DROP CONSTRAINT repos_validated_pkey;
ALTER TABLE staging.repos_validated ADD CONSTRAINT pk_repos_validated PRIMARY KEY USING INDEX uq_stg_repos_github_id;
CREATE INDEX idx_stg_repos_full_name ON staging.repos_validated (repo_full_name);
