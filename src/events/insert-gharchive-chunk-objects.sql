-- The events of a chunk of a GH Archive hour (the file {path}) in which
-- check-gharchive-chunk.sql found every line a JSON object with an id, as
-- every hour in the Events API shape is: the engine reads the lines as
-- JSONEachRow rows, nested objects as their text, so the payload is stored
-- as written without being parsed and written again (insert-gharchive-chunk.sql,
-- for the other chunks, spends most of its time there). A line that is not
-- an event is left out by the same rule the check applies; only tracked
-- repositories' events with {only_tracked}.
INSERT INTO github_events_store
    (id, type, created_at, actor_id, actor_login, repo_id, repo_name, org_login, action, number, ref, merged,
     source, payload)
SELECT id,
       type,
       parseDateTimeBestEffort(created_at, 'UTC'),
       a.id,
       a.login,
       r.id,
       r.name,
       o.login,
       p.action,
       coalesce(p.number, p.pull_request.number, p.issue.number, 0),
       p.ref,
       p.pull_request.merged OR p.pull_request.merged_at != '',
       'gharchive',
       payload_object
FROM (
    SELECT id,
           type,
           created_at,
           JSONExtract(actor, 'Tuple(id UInt64, login String)') AS a,
           JSONExtract(repo, 'Tuple(id UInt64, name String)') AS r,
           JSONExtract(org, 'Tuple(login String)') AS o,
           if(startsWith(payload, '{'), payload, '{}') AS payload_object,
           JSONExtract(payload_object, 'Tuple(action String, number Nullable(UInt64), ref String, pull_request Tuple(number Nullable(UInt64), merged Bool, merged_at String), issue Tuple(number Nullable(UInt64)))') AS p
    FROM file({path:String}, 'JSONEachRow',
              'id String, type String, created_at String, actor String, repo String, org String, payload String')
    WHERE match(type, '^[A-Za-z]+Event$') AND parseDateTimeBestEffortOrNull(created_at, 'UTC') IS NOT NULL
)
WHERE NOT {only_tracked:Bool} OR has({tracked:Array(UInt64)}, r.id)
SETTINGS input_format_json_read_objects_as_strings = 1
