/* @name LockWebhookProcessingSql */
-- One processing transaction at a time across every serving instance, so
-- deliveries apply in the order they were stored. Released at commit.
SELECT pg_advisory_xact_lock(7347103);
