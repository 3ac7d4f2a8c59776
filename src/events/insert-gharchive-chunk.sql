-- The events of a chunk of a GH Archive hour (the file {path}, its first line
-- numbered {first_line}), mapped in one JSON parse of each line: every
-- non-blank line but the {rejected} ones check-gharchive-chunk.sql found,
-- and only tracked repositories' with {only_tracked}. Both shapes GH Archive
-- has used: the Events API's (actor, repo and org objects) and the pre-2015
-- timeline's (actor as a login, a `repository` object with its owner, no id:
-- the id is derived from the line, 'h' and 31 hex digits of its SHA-256, so
-- a re-import gives the same one). GitHub's trimmed payloads since
-- 2025-10-07 read the same, with what is there. The payload is stored as its
-- JSON text.
INSERT INTO github_events_store
    (id, type, created_at, actor_id, actor_login, repo_id, repo_name, org_login, action, number, ref, merged,
     source, payload)
SELECT if(e.id = '', concat('h', left(lower(hex(SHA256(line))), 31)), e.id),
       e.type,
       parseDateTimeBestEffort(e.created_at, 'UTC'),
       if(startsWith(e.actor, '{'), JSONExtractUInt(e.actor, 'id'), 0),
       if(startsWith(e.actor, '{'), JSONExtractString(e.actor, 'login'), e.actor),
       repo_id,
       multiIf(e.repo.name != '', e.repo.name,
               e.repository.name != '' OR owner != '', concat(owner, '/', e.repository.name), ''),
       e.org.login,
       p.action,
       coalesce(p.number, p.pull_request.number, p.issue.number, 0),
       p.ref,
       p.pull_request.merged OR p.pull_request.merged_at != '',
       'gharchive',
       payload
FROM (
    SELECT line,
           JSONExtract(line, 'Tuple(id String, type String, created_at String, actor String, repo Tuple(id UInt64, name String), repository Tuple(id UInt64, name String, owner String), org Tuple(login String), payload String)') AS e,
           if(e.repo.id != 0, e.repo.id, e.repository.id) AS repo_id,
           if(startsWith(e.repository.owner, '{'), JSONExtractString(e.repository.owner, 'login'), e.repository.owner) AS owner,
           if(startsWith(e.payload, '{'), e.payload, '{}') AS payload,
           JSONExtract(payload, 'Tuple(action String, number Nullable(UInt64), ref String, pull_request Tuple(number Nullable(UInt64), merged Bool, merged_at String), issue Tuple(number Nullable(UInt64)))') AS p
    FROM file({path:String}, 'LineAsString')
    WHERE trimBoth(line) != '' AND NOT has({rejected:Array(UInt32)}, toUInt32({first_line:UInt32} + assumeNotNull(_row_number)))
)
WHERE NOT {only_tracked:Bool} OR has({tracked:Array(UInt64)}, repo_id)
