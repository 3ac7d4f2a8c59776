-- A failed pipeline run, once. $1 run id, $2 run day, $3 error
INSERT INTO ops.alerts (rule, subject, day, message, details)
VALUES ('run_failed', $1::text, $2::date, format('gitpulse run %s failed: %s', $1::text, $3::text),
        jsonb_build_object('run_id', $1::text, 'error', $3::text))
ON CONFLICT (rule, subject, day) DO NOTHING;
