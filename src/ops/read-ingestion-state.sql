/* @name ReadIngestionStateSql */
-- Every source's incremental state: when it last ran and where it stopped.
SELECT source, last_run, cursor FROM ops.ingestion_state;
