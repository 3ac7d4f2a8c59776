/** Types generated for queries found in "src/warehouse/snapshot-repos.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'SnapshotReposSql' parameters type */
export interface ISnapshotReposSqlParams {
  runId: string;
  snapshotDate: string;
}

/** 'SnapshotReposSql' return type */
export type ISnapshotReposSqlResult = void;

/** 'SnapshotReposSql' query type */
export interface ISnapshotReposSqlQuery {
  params: ISnapshotReposSqlParams;
  result: ISnapshotReposSqlResult;
}

const snapshotReposSqlIR: any = {"usedParamSet":{"snapshotDate":true,"runId":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":613,"b":626},{"a":1114,"b":1127}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":808,"b":814},{"a":930,"b":936},{"a":1165,"b":1171}]}],"statement":"-- Exactly one snapshot per tracked repository for the run's date (README \"The pipeline run\":\n-- hybrid model): fresh numbers for repositories validated in this run, the\n-- latest earlier numbers carried forward for the rest. Re-running a date\n-- overwrites its rows instead of adding any. Tracked: every current version.\n-- :runId the run, :snapshotDate its date\nINSERT INTO warehouse.fact_repo_snapshots AS f (\n    repo_key, github_id, language_key, company_key, snapshot_date, stars, forks, open_issues, pushed_at,\n    is_carried_forward, run_id)\nSELECT d.repo_key, d.github_id, l.language_key, d.company_key, :snapshotDate!::date,\n    COALESCE(s.stars, prev.stars), COALESCE(s.forks, prev.forks), COALESCE(s.open_issues, prev.open_issues),\n    COALESCE(s.pushed_at, prev.pushed_at), s.github_id IS NULL, :runId!\nFROM warehouse.dim_repositories d\nLEFT JOIN staging.repos_validated s ON s.github_id = d.github_id AND s.run_id = :runId!\nLEFT JOIN LATERAL (\n    SELECT p.stars, p.forks, p.open_issues, p.pushed_at\n    FROM warehouse.fact_repo_snapshots p\n    WHERE p.github_id = d.github_id AND p.snapshot_date <= :snapshotDate!::date AND p.run_id IS DISTINCT FROM :runId!\n    ORDER BY p.snapshot_date DESC\n    LIMIT 1\n) prev ON s.github_id IS NULL\nLEFT JOIN warehouse.dim_languages l ON l.language_name = d.language\nWHERE d.is_current\n  AND (s.github_id IS NOT NULL OR prev.stars IS NOT NULL)\nON CONFLICT (github_id, snapshot_date) DO UPDATE SET\n    repo_key = EXCLUDED.repo_key, language_key = EXCLUDED.language_key, company_key = EXCLUDED.company_key,\n    -- a partial re-run that did not see a repository keeps the day's fresh numbers it already has\n    stars = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.stars ELSE EXCLUDED.stars END,\n    forks = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.forks ELSE EXCLUDED.forks END,\n    open_issues = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.open_issues ELSE EXCLUDED.open_issues END,\n    pushed_at = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.pushed_at ELSE EXCLUDED.pushed_at END,\n    is_carried_forward = EXCLUDED.is_carried_forward AND f.is_carried_forward,\n    run_id = EXCLUDED.run_id"};

/**
 * Query generated from SQL:
 * ```
 * -- Exactly one snapshot per tracked repository for the run's date (README "The pipeline run":
 * -- hybrid model): fresh numbers for repositories validated in this run, the
 * -- latest earlier numbers carried forward for the rest. Re-running a date
 * -- overwrites its rows instead of adding any. Tracked: every current version.
 * -- :runId the run, :snapshotDate its date
 * INSERT INTO warehouse.fact_repo_snapshots AS f (
 *     repo_key, github_id, language_key, company_key, snapshot_date, stars, forks, open_issues, pushed_at,
 *     is_carried_forward, run_id)
 * SELECT d.repo_key, d.github_id, l.language_key, d.company_key, :snapshotDate!::date,
 *     COALESCE(s.stars, prev.stars), COALESCE(s.forks, prev.forks), COALESCE(s.open_issues, prev.open_issues),
 *     COALESCE(s.pushed_at, prev.pushed_at), s.github_id IS NULL, :runId!
 * FROM warehouse.dim_repositories d
 * LEFT JOIN staging.repos_validated s ON s.github_id = d.github_id AND s.run_id = :runId!
 * LEFT JOIN LATERAL (
 *     SELECT p.stars, p.forks, p.open_issues, p.pushed_at
 *     FROM warehouse.fact_repo_snapshots p
 *     WHERE p.github_id = d.github_id AND p.snapshot_date <= :snapshotDate!::date AND p.run_id IS DISTINCT FROM :runId!
 *     ORDER BY p.snapshot_date DESC
 *     LIMIT 1
 * ) prev ON s.github_id IS NULL
 * LEFT JOIN warehouse.dim_languages l ON l.language_name = d.language
 * WHERE d.is_current
 *   AND (s.github_id IS NOT NULL OR prev.stars IS NOT NULL)
 * ON CONFLICT (github_id, snapshot_date) DO UPDATE SET
 *     repo_key = EXCLUDED.repo_key, language_key = EXCLUDED.language_key, company_key = EXCLUDED.company_key,
 *     -- a partial re-run that did not see a repository keeps the day's fresh numbers it already has
 *     stars = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.stars ELSE EXCLUDED.stars END,
 *     forks = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.forks ELSE EXCLUDED.forks END,
 *     open_issues = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.open_issues ELSE EXCLUDED.open_issues END,
 *     pushed_at = CASE WHEN EXCLUDED.is_carried_forward AND NOT f.is_carried_forward THEN f.pushed_at ELSE EXCLUDED.pushed_at END,
 *     is_carried_forward = EXCLUDED.is_carried_forward AND f.is_carried_forward,
 *     run_id = EXCLUDED.run_id
 * ```
 */
export const snapshotReposSql = new PreparedQuery<ISnapshotReposSqlParams,ISnapshotReposSqlResult>(snapshotReposSqlIR);


