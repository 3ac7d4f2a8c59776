/* @name AcknowledgeInsightSql */
-- A polling consumer marks the insight :id handled.
UPDATE warehouse.insights SET processed = true WHERE id = :id!;
