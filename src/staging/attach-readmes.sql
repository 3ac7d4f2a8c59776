-- Decodes the README answers of a run (base64, as GitHub sends them) onto
-- the validated repositories. $1 the raw rows' run ids, $2 snapshot_date, $3 the staging run
UPDATE staging.repos_validated s
SET readme_content = convert_from(decode(d.api_response->>'content', 'base64'), 'UTF8')
FROM raw.github_repo_details d
WHERE d.run_id = ANY($1::text[]) AND d.snapshot_date = $2::date AND d.detail = 'readme'
  AND s.run_id = $3
  AND d.api_response->>'encoding' = 'base64'
  AND lower(d.repo_full_name) = lower(s.repo_full_name);
