-- A chunk of a GH Archive hour, written to the file {path} with its first
-- line numbered {first_line}: the lines that are not events (line number,
-- why, the line's first 1000 characters) and how many events are not of a
-- tracked repository, and how many events have no id (the pre-2015 shape).
-- The insert stores every other line, so this is where an event is told
-- from a reject. Blank lines are neither.
-- An event is a JSON object with a type (…Event) and a time: the one JSON
-- parse of the tuple decides it; the reasons are worked out for rejects only.
SELECT lines,
       skipped,
       without_id,
       arrayMap(r -> r.1, rejects) AS reject_line_numbers,
       arrayMap(r -> r.2, rejects) AS reject_reasons,
       arrayMap(r -> r.3, rejects) AS reject_lines
FROM (
    SELECT count() AS lines,
           countIf(reason = '' AND {only_tracked:Bool} AND NOT has({tracked:Array(UInt64)}, repo_id)) AS skipped,
           countIf(reason = '' AND e.id = '') AS without_id,
           arraySort(groupArrayIf((line_number, reason, leftUTF8(line, 1000)), reason != '')) AS rejects
    FROM (
        SELECT toUInt32({first_line:UInt32} + assumeNotNull(_row_number)) AS line_number,
               line,
               JSONExtract(line, 'Tuple(id String, type String, created_at String, repo Tuple(id UInt64), repository Tuple(id UInt64))') AS e,
               if(e.repo.id != 0, e.repo.id, e.repository.id) AS repo_id,
               multiIf(
                   startsWith(trimLeft(line), '{') AND match(e.type, '^[A-Za-z]+Event$')
                       AND parseDateTimeBestEffortOrNull(e.created_at, 'UTC') IS NOT NULL, '',
                   NOT isValidJSON(line), 'not JSON',
                   JSONType(line) != 'Object', 'not a JSON object',
                   NOT match(e.type, '^[A-Za-z]+Event$'),
                       concat('no event type (type: ', if(JSONHas(line, 'type'), JSONExtractRaw(line, 'type'), 'undefined'), ')'),
                   concat('no valid created_at (', if(JSONHas(line, 'created_at'), JSONExtractRaw(line, 'created_at'), 'undefined'), ')')
               ) AS reason
        FROM file({path:String}, 'LineAsString')
        WHERE trimBoth(line) != ''
    )
)
