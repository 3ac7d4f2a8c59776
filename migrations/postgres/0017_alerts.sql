-- Alerts (README "Alerts"): what happened, raised once per rule, subject and
-- day, and every attempt to deliver it to each outgoing webhook.
CREATE TABLE ops.alerts (
    id          BIGSERIAL PRIMARY KEY,
    rule        TEXT NOT NULL CHECK (rule IN ('daily_gain', 'gain_vs_median', 'run_failed', 'high_risk_pr')),
    subject     TEXT NOT NULL,
    day         DATE NOT NULL,
    message     TEXT NOT NULL,
    details     JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (rule, subject, day)
);

-- One row per attempt; `webhook` is the configured name, never the URL (it is a secret).
CREATE TABLE ops.alert_deliveries (
    alert_id      BIGINT NOT NULL REFERENCES ops.alerts (id) ON DELETE CASCADE,
    webhook       TEXT NOT NULL,
    attempt       INT NOT NULL,
    delivered     BOOLEAN NOT NULL,
    http_status   INT,
    error         TEXT,
    attempted_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (alert_id, webhook, attempt)
);
