/* @name ReadRepoHistorySql */
-- SCD versions, daily series and latest languages of one repository. :githubId
SELECT json_build_object(
  'versions', (SELECT COALESCE(json_agg(json_build_object(
        'valid_from', to_char(valid_from AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'valid_to', to_char(valid_to AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'repo_full_name', repo_full_name, 'description', description, 'language', language, 'render_category', render_category) ORDER BY valid_from), '[]')
      FROM warehouse.dim_repositories WHERE github_id = :githubId!),
  'series', (SELECT COALESCE(json_agg(json_build_object(
        'snapshot_date', snapshot_date, 'stars', stars, 'forks', forks, 'open_issues', open_issues) ORDER BY snapshot_date), '[]')
      FROM warehouse.fact_repo_snapshots WHERE github_id = :githubId!),
  'languages', (SELECT COALESCE(json_agg(json_build_object('language_name', dl.language_name, 'bytes', fls.bytes) ORDER BY fls.bytes DESC), '[]')
      FROM warehouse.fact_language_snapshots fls
      JOIN warehouse.dim_languages dl ON dl.language_key = fls.language_key
      WHERE fls.github_id = :githubId!
        AND fls.snapshot_date = (SELECT max(snapshot_date) FROM warehouse.fact_language_snapshots WHERE github_id = :githubId!))
) AS history;
