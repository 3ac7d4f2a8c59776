/* @name ModelIncidentsSql */
-- Incidents a run read into warehouse.incidents: raw.github_delivery rows of
-- kind 'issues' are pages of Repository.issues (updated since the last run)
-- with their labels; an issue is an incident while at least one label matches
-- :incidentLabel (DevLake's issue type rule, by label). An issue read again
-- without a matching label is no incident any more and leaves the table.
-- Labels are kept in GitHub's order. Unchanged rows are not written.
-- :rawRunIds, :snapshotDate the run's raw rows; :incidentLabel the pattern (ARE)
WITH issues AS (
    SELECT DISTINCT ON (r.id, (n->>'number')::int)
           r.id AS repo_id, (n->>'number')::int AS issue_number, n AS node
    FROM raw.delivery_items('issues', '{issues,nodes}', :rawRunIds!::text[], :snapshotDate!::date) g (
        receipt_id, repo_full_name, repo_github_id, request_key, n)
    JOIN warehouse.repositories r ON r.github_id = g.repo_github_id
    WHERE n->>'number' IS NOT NULL AND n->>'createdAt' IS NOT NULL
    ORDER BY r.id, (n->>'number')::int, g.receipt_id DESC
), labelled AS (
    SELECT i.repo_id, i.issue_number, COALESCE(i.node->>'title', '') AS title,
           ARRAY(SELECT l.label->>'name'
                 FROM jsonb_array_elements(
                     CASE WHEN jsonb_typeof(i.node->'labels'->'nodes') = 'array'
                          THEN i.node->'labels'->'nodes' ELSE '[]'::jsonb END) WITH ORDINALITY AS l (label, k)
                 WHERE l.label->>'name' IS NOT NULL
                 ORDER BY l.k) AS labels,
           (i.node->>'createdAt')::timestamptz AS opened_at,
           (i.node->>'closedAt')::timestamptz AS closed_at,
           i.node->>'url' AS url
    FROM issues i
), incidents AS (
    SELECT * FROM labelled l
    WHERE EXISTS (SELECT 1 FROM unnest(l.labels) AS x (name) WHERE x.name ~ :incidentLabel!::text)
), unlabelled AS (
    DELETE FROM warehouse.incidents w
    USING labelled l
    WHERE w.repo_id = l.repo_id AND w.issue_number = l.issue_number
      AND NOT EXISTS (SELECT 1 FROM incidents x WHERE x.repo_id = l.repo_id AND x.issue_number = l.issue_number)
    RETURNING 1
), upserted AS (
    INSERT INTO warehouse.incidents AS w (repo_id, issue_number, title, labels, opened_at, closed_at, url)
    SELECT repo_id, issue_number, title, labels, opened_at, closed_at, url FROM incidents
    ON CONFLICT (repo_id, issue_number) DO UPDATE SET
        title = EXCLUDED.title, labels = EXCLUDED.labels, opened_at = EXCLUDED.opened_at,
        closed_at = EXCLUDED.closed_at, url = EXCLUDED.url, updated_at = now()
    WHERE (w.title, w.labels, w.opened_at, w.closed_at, w.url)
        IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.labels, EXCLUDED.opened_at, EXCLUDED.closed_at, EXCLUDED.url)
    RETURNING 1
)
SELECT (SELECT count(*) FROM upserted)::int AS "upserted!", (SELECT count(*) FROM unlabelled)::int AS "removed!";
