/* @name FindPipelineLockHolderSql */
-- When the session holding the pipeline lock connected, for the "another run" message. :lockKey the lock's key
SELECT a.backend_start AS since
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.objid = :lockKey!::bigint % 4294967296 AND l.granted
LIMIT 1;
