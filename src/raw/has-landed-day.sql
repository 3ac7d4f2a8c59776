/* @name HasLandedDaySql */
-- Whether raw already holds answers for the day (a re-run; migration 0026).
SELECT raw.has_landed_day(:snapshotDate!::date) AS "landed!";
