/* @name TryPipelineLockSql */
-- Takes the session advisory lock that lets one pipeline run at a time, without waiting. :lockKey the lock's key
SELECT pg_try_advisory_lock(:lockKey!) AS locked;
