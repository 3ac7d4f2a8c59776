-- Takes the session advisory lock that lets one pipeline run at a time, without waiting. $1 lock key
SELECT pg_try_advisory_lock($1) AS locked;
