/* @name LandDeliveryWebhooksSql */
-- Delivery webhooks (deployment, deployment_status, workflow_run, issues)
-- landed in raw.github_delivery in the shapes the delivery collector lands
-- GitHub's answers in, one node each, so one set of statements models both
-- and a webhook and the collector cannot disagree (README "Delivery metrics").
-- Rows carry run_id 'webhooks' and the day the delivery was received.
-- :deliveryIds the batch's X-GitHub-Delivery ids
WITH delivered AS (
    SELECT w.event, w.payload AS p, w.received_at::date AS day
    FROM raw.webhook_deliveries w
    WHERE w.delivery_id = ANY(:deliveryIds!::text[]) AND w.payload IS NOT NULL
      AND w.event IN ('deployment', 'deployment_status', 'workflow_run', 'issues')
), shaped AS (
    SELECT p#>>'{repository,full_name}' AS repo, 'deployments' AS kind, NULL::text AS request_key, day,
        jsonb_build_object(
            'databaseId', p#>'{repository,id}', 'nameWithOwner', p#>'{repository,full_name}',
            'defaultBranchRef', jsonb_build_object('name', p#>'{repository,default_branch}'),
            'deployments', jsonb_build_object(
                'pageInfo', jsonb_build_object('hasNextPage', false, 'endCursor', NULL),
                'nodes', jsonb_build_array(jsonb_build_object(
                    'databaseId', p#>'{deployment,id}', 'environment', p#>'{deployment,environment}',
                    'createdAt', p#>'{deployment,created_at}',
                    'updatedAt', COALESCE(p#>'{deployment_status,created_at}', p#>'{deployment,updated_at}'),
                    'commitOid', p#>'{deployment,sha}', 'task', p#>'{deployment,task}',
                    'latestStatus', CASE WHEN p ? 'deployment_status' THEN jsonb_build_object(
                        'state', upper(p#>>'{deployment_status,state}'),
                        'createdAt', p#>'{deployment_status,created_at}') END)))) AS body
    FROM delivered WHERE event IN ('deployment', 'deployment_status')
    UNION ALL
    SELECT p#>>'{repository,full_name}', 'workflow_runs', p#>>'{repository,default_branch}', day,
        jsonb_build_object('total_count', 1, 'workflow_runs', jsonb_build_array(p->'workflow_run'))
    FROM delivered WHERE event = 'workflow_run'
    UNION ALL
    SELECT p#>>'{repository,full_name}', 'issues', NULL, day,
        jsonb_build_object(
            'databaseId', p#>'{repository,id}', 'nameWithOwner', p#>'{repository,full_name}',
            'issues', jsonb_build_object(
                'pageInfo', jsonb_build_object('hasNextPage', false, 'endCursor', NULL),
                'nodes', jsonb_build_array(jsonb_build_object(
                    'number', p#>'{issue,number}', 'title', p#>'{issue,title}',
                    'createdAt', p#>'{issue,created_at}', 'closedAt', p#>'{issue,closed_at}',
                    'url', p#>'{issue,html_url}',
                    'labels', jsonb_build_object('nodes', COALESCE(
                        (SELECT jsonb_agg(jsonb_build_object('name', l->'name'))
                         FROM jsonb_array_elements(p#>'{issue,labels}') l), '[]'::jsonb))))))
    FROM delivered WHERE event = 'issues' AND p ? 'issue'
)
INSERT INTO raw.github_delivery (repo_full_name, kind, request_key, api_response, run_id, snapshot_date)
SELECT repo, kind, request_key, body, 'webhooks', day FROM shaped WHERE repo IS NOT NULL
RETURNING kind, snapshot_date;
