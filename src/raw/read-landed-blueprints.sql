/* @name ReadLandedBlueprintsSql */
-- render.yaml answers landed on a day, for staging them again without GitHub. :date the day
SELECT repo_full_name AS "fullName", api_response AS "apiResponse"
FROM raw.github_repo_details
WHERE snapshot_date = :date!::date AND detail = 'render_blueprint';
