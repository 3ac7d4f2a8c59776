/* @name ListStarHistoryWorkSql */
-- The repositories (at most :limit) a run reads the star history of, in the
-- order it reads them: unfinished backfills first, oldest-tracked first (one cut
-- off by star_history.max_requests_per_run goes on at the page where it
-- stopped), then complete ones to refresh, least recently checked first.
-- pages_expected is for the quota plan: a backfill needs about one page per
-- 30 weeks of the repository's age, a refresh one page.
-- :date the run's date
SELECT d.github_id, d.repo_full_name,
       COALESCE(c.complete, false) AS "complete!",
       COALESCE(c.next_page, 1) AS "next_page!",
       c.page1_etag,
       CASE WHEN c.complete THEN 1
            ELSE GREATEST(1, ceil((((:date!::date - COALESCE(d.created_at::date, :date!::date)) / 7) + 1) / 30.0)::int
                             - COALESCE(c.next_page, 1) + 1)
       END AS "pages_expected!"
FROM warehouse.dim_repositories d
LEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id
WHERE d.is_current
ORDER BY COALESCE(c.complete, false),
         CASE WHEN c.complete THEN c.checked_at END,
         (SELECT min(v.valid_from) FROM warehouse.dim_repositories v WHERE v.github_id = d.github_id),
         d.github_id
LIMIT :limit!::int;
