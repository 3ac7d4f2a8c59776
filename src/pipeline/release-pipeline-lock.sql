/* @name ReleasePipelineLockSql */
-- Gives the pipeline lock back. :lockKey the lock's key
SELECT pg_advisory_unlock(:lockKey!);
