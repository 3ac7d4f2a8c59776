/** Types generated for queries found in "src/ops/check-data-quality.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CheckDataQualitySql' parameters type */
export interface ICheckDataQualitySqlParams {
  runId: string;
  snapshotDate: string;
}

/** 'CheckDataQualitySql' return type */
export interface ICheckDataQualitySqlResult {
  check_name: string;
  observed: number;
  passed: boolean;
}

/** 'CheckDataQualitySql' query type */
export interface ICheckDataQualitySqlQuery {
  params: ICheckDataQualitySqlParams;
  result: ICheckDataQualitySqlResult;
}

const checkDataQualitySqlIR: any = {"usedParamSet":{"snapshotDate":true,"runId":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":425,"b":438},{"a":726,"b":739},{"a":1418,"b":1431},{"a":1752,"b":1765},{"a":2162,"b":2175}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":2499,"b":2505}]}],"statement":"-- Data-quality checks after a run's writes; each counts violations (0 = pass).\n-- :runId the run, :snapshotDate its snapshot date\nWITH checks(check_name, observed, details) AS (\n    SELECT 'one_snapshot_per_repo_per_day',\n        (SELECT count(*) FROM (\n            SELECT d.github_id FROM warehouse.dim_repositories d\n            LEFT JOIN warehouse.fact_repo_snapshots f ON f.github_id = d.github_id AND f.snapshot_date = :snapshotDate!::date\n            WHERE d.is_current\n              -- repositories tracked by then (a backfilled earlier day cannot know later ones)\n              AND EXISTS (SELECT 1 FROM warehouse.fact_repo_snapshots e\n                          WHERE e.github_id = d.github_id AND e.snapshot_date <= :snapshotDate!::date)\n            GROUP BY d.github_id HAVING count(f.snapshot_key) <> 1) x),\n        'tracked repositories without exactly one snapshot on the run''s date'\n    UNION ALL\n    SELECT 'one_current_version_per_repo',\n        (SELECT count(*) FROM (\n            SELECT github_id FROM warehouse.dim_repositories GROUP BY github_id\n            HAVING count(*) FILTER (WHERE is_current) <> 1) x),\n        'repositories with zero or several current dimension versions'\n    UNION ALL\n    SELECT 'snapshot_keys_resolve',\n        (SELECT count(*) FROM warehouse.fact_repo_snapshots f\n         JOIN warehouse.dim_repositories d ON d.repo_key = f.repo_key\n         WHERE f.snapshot_date = :snapshotDate!::date AND (d.github_id <> f.github_id OR (d.language IS NOT NULL AND f.language_key IS NULL))),\n        'snapshots whose repository or language key does not match their dimension row'\n    UNION ALL\n    SELECT 'no_null_metrics',\n        (SELECT count(*) FROM warehouse.fact_repo_snapshots\n         WHERE snapshot_date = :snapshotDate!::date\n           AND (stars IS NULL OR forks IS NULL OR open_issues IS NULL OR activity_score IS NULL\n             OR momentum_score IS NULL OR rank_overall IS NULL OR rank_in_language IS NULL)),\n        'snapshots of the day with a missing metric, score or rank'\n    UNION ALL\n    SELECT 'fresh_data',\n        CASE WHEN EXISTS (SELECT 1 FROM warehouse.fact_repo_snapshots WHERE snapshot_date = :snapshotDate!::date AND NOT is_carried_forward)\n              OR NOT EXISTS (SELECT 1 FROM warehouse.dim_repositories)\n             THEN 0 ELSE 1 END,\n        'the run''s date has at least one freshly collected snapshot'\n), stored AS (\n    INSERT INTO ops.data_quality_results (run_id, check_name, passed, observed, details)\n    SELECT :runId!, check_name, observed = 0, observed, details FROM checks\n    ON CONFLICT (run_id, check_name) DO UPDATE SET passed = EXCLUDED.passed, observed = EXCLUDED.observed\n    RETURNING check_name, passed, observed\n)\n-- observed is never NULL: each check above counts\nSELECT check_name, passed, observed::int AS \"observed!\" FROM stored ORDER BY check_name"};

/**
 * Query generated from SQL:
 * ```
 * -- Data-quality checks after a run's writes; each counts violations (0 = pass).
 * -- :runId the run, :snapshotDate its snapshot date
 * WITH checks(check_name, observed, details) AS (
 *     SELECT 'one_snapshot_per_repo_per_day',
 *         (SELECT count(*) FROM (
 *             SELECT d.github_id FROM warehouse.dim_repositories d
 *             LEFT JOIN warehouse.fact_repo_snapshots f ON f.github_id = d.github_id AND f.snapshot_date = :snapshotDate!::date
 *             WHERE d.is_current
 *               -- repositories tracked by then (a backfilled earlier day cannot know later ones)
 *               AND EXISTS (SELECT 1 FROM warehouse.fact_repo_snapshots e
 *                           WHERE e.github_id = d.github_id AND e.snapshot_date <= :snapshotDate!::date)
 *             GROUP BY d.github_id HAVING count(f.snapshot_key) <> 1) x),
 *         'tracked repositories without exactly one snapshot on the run''s date'
 *     UNION ALL
 *     SELECT 'one_current_version_per_repo',
 *         (SELECT count(*) FROM (
 *             SELECT github_id FROM warehouse.dim_repositories GROUP BY github_id
 *             HAVING count(*) FILTER (WHERE is_current) <> 1) x),
 *         'repositories with zero or several current dimension versions'
 *     UNION ALL
 *     SELECT 'snapshot_keys_resolve',
 *         (SELECT count(*) FROM warehouse.fact_repo_snapshots f
 *          JOIN warehouse.dim_repositories d ON d.repo_key = f.repo_key
 *          WHERE f.snapshot_date = :snapshotDate!::date AND (d.github_id <> f.github_id OR (d.language IS NOT NULL AND f.language_key IS NULL))),
 *         'snapshots whose repository or language key does not match their dimension row'
 *     UNION ALL
 *     SELECT 'no_null_metrics',
 *         (SELECT count(*) FROM warehouse.fact_repo_snapshots
 *          WHERE snapshot_date = :snapshotDate!::date
 *            AND (stars IS NULL OR forks IS NULL OR open_issues IS NULL OR activity_score IS NULL
 *              OR momentum_score IS NULL OR rank_overall IS NULL OR rank_in_language IS NULL)),
 *         'snapshots of the day with a missing metric, score or rank'
 *     UNION ALL
 *     SELECT 'fresh_data',
 *         CASE WHEN EXISTS (SELECT 1 FROM warehouse.fact_repo_snapshots WHERE snapshot_date = :snapshotDate!::date AND NOT is_carried_forward)
 *               OR NOT EXISTS (SELECT 1 FROM warehouse.dim_repositories)
 *              THEN 0 ELSE 1 END,
 *         'the run''s date has at least one freshly collected snapshot'
 * ), stored AS (
 *     INSERT INTO ops.data_quality_results (run_id, check_name, passed, observed, details)
 *     SELECT :runId!, check_name, observed = 0, observed, details FROM checks
 *     ON CONFLICT (run_id, check_name) DO UPDATE SET passed = EXCLUDED.passed, observed = EXCLUDED.observed
 *     RETURNING check_name, passed, observed
 * )
 * -- observed is never NULL: each check above counts
 * SELECT check_name, passed, observed::int AS "observed!" FROM stored ORDER BY check_name
 * ```
 */
export const checkDataQualitySql = new PreparedQuery<ICheckDataQualitySqlParams,ICheckDataQualitySqlResult>(checkDataQualitySqlIR);


