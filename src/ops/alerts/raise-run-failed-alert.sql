/* @name RaiseRunFailedAlertSql */
-- A failed pipeline run, once. :runId the run, :day its day, :error what failed
INSERT INTO ops.alerts (rule, subject, day, message, details)
VALUES ('run_failed', :runId!::text, :day!::date, format('gitpulse run %s failed: %s', :runId!::text, :error!::text),
        jsonb_build_object('run_id', :runId!::text, 'error', :error!::text))
ON CONFLICT (rule, subject, day) DO NOTHING;
