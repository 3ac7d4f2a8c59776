/* @name ListSucceededGharchiveHoursSql */
-- Hours already imported in a range; an import skips them. :from first hour, :to last hour
SELECT hour FROM ops.gharchive_hours WHERE status = 'succeeded' AND hour BETWEEN :from! AND :to!;
