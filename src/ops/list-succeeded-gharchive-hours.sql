-- Hours already imported in a range; an import skips them. $1 first hour, $2 last hour
SELECT hour FROM ops.gharchive_hours WHERE status = 'succeeded' AND hour BETWEEN $1 AND $2;
