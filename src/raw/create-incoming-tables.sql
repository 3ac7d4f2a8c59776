-- Transaction-local landing tables for COPY; dropped at commit or rollback.
CREATE TEMPORARY TABLE IF NOT EXISTS incoming_repos (
    repo_full_name TEXT, api_response JSONB, source_language TEXT, source TEXT, api_format TEXT
) ON COMMIT DROP;
CREATE TEMPORARY TABLE IF NOT EXISTS incoming_details (
    repo_full_name TEXT, detail TEXT, api_response JSONB
) ON COMMIT DROP;
