/** Types generated for queries found in "src/warehouse/pull-requests/upsert-pipeline-run.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'UpsertPipelineRunSql' parameters type */
export interface IUpsertPipelineRunSqlParams {
  headSha: string;
  prNumber: number;
  repoId: string;
  statusApproval?: string | null | void;
  statusBuild?: string | null | void;
  statusMerge?: string | null | void;
  statusPr?: string | null | void;
}

/** 'UpsertPipelineRunSql' return type */
export type IUpsertPipelineRunSqlResult = void;

/** 'UpsertPipelineRunSql' query type */
export interface IUpsertPipelineRunSqlQuery {
  params: IUpsertPipelineRunSqlParams;
  result: IUpsertPipelineRunSqlResult;
}

const upsertPipelineRunSqlIR: any = {"usedParamSet":{"repoId":true,"prNumber":true,"headSha":true,"statusPr":true,"statusBuild":true,"statusApproval":true,"statusMerge":true},"params":[{"name":"repoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":476,"b":483}]},{"name":"prNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":486,"b":495}]},{"name":"headSha","required":true,"transform":{"type":"scalar"},"locs":[{"a":498,"b":506},{"a":867,"b":875},{"a":893,"b":901},{"a":1371,"b":1379},{"a":1397,"b":1405}]},{"name":"statusPr","required":false,"transform":{"type":"scalar"},"locs":[{"a":518,"b":526},{"a":790,"b":798},{"a":1309,"b":1317}]},{"name":"statusBuild","required":false,"transform":{"type":"scalar"},"locs":[{"a":550,"b":561},{"a":843,"b":854},{"a":1347,"b":1358}]},{"name":"statusApproval","required":false,"transform":{"type":"scalar"},"locs":[{"a":585,"b":599},{"a":1005,"b":1019},{"a":1491,"b":1505}]},{"name":"statusMerge","required":false,"transform":{"type":"scalar"},"locs":[{"a":623,"b":634},{"a":1070,"b":1081},{"a":1541,"b":1552}]}],"statement":"-- The four stages of a PR (README \"Pull request flow\"). NULL leaves a stage as it is; a new head\n-- commit resets the build to pending. Only a real change sets processed = false.\n-- :repoId and :prNumber the PR, :headSha its head commit; :statusPr, :statusBuild,\n-- :statusApproval, :statusMerge its stages (each may be NULL)\nINSERT INTO warehouse.pipeline_runs AS r (repo_id, pr_number, commit_sha, status_pr, status_build, status_approval, status_merge, processed)\nVALUES (:repoId!, :prNumber!, :headSha!, COALESCE(:statusPr, 'pending'), COALESCE(:statusBuild, 'pending'), COALESCE(:statusApproval, 'pending'), COALESCE(:statusMerge, 'pending'), false)\nON CONFLICT (repo_id, pr_number) DO UPDATE SET\n    commit_sha = COALESCE(EXCLUDED.commit_sha, r.commit_sha),\n    status_pr = COALESCE(:statusPr, r.status_pr),\n    status_build = COALESCE(:statusBuild, CASE WHEN :headSha! IS NOT NULL AND :headSha! IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),\n    status_approval = COALESCE(:statusApproval, r.status_approval),\n    status_merge = COALESCE(:statusMerge, r.status_merge),\n    processed = false, updated_at = now()\nWHERE (r.commit_sha, r.status_pr, r.status_build, r.status_approval, r.status_merge) IS DISTINCT FROM (\n    COALESCE(EXCLUDED.commit_sha, r.commit_sha),\n    COALESCE(:statusPr, r.status_pr),\n    COALESCE(:statusBuild, CASE WHEN :headSha! IS NOT NULL AND :headSha! IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),\n    COALESCE(:statusApproval, r.status_approval),\n    COALESCE(:statusMerge, r.status_merge))"};

/**
 * Query generated from SQL:
 * ```
 * -- The four stages of a PR (README "Pull request flow"). NULL leaves a stage as it is; a new head
 * -- commit resets the build to pending. Only a real change sets processed = false.
 * -- :repoId and :prNumber the PR, :headSha its head commit; :statusPr, :statusBuild,
 * -- :statusApproval, :statusMerge its stages (each may be NULL)
 * INSERT INTO warehouse.pipeline_runs AS r (repo_id, pr_number, commit_sha, status_pr, status_build, status_approval, status_merge, processed)
 * VALUES (:repoId!, :prNumber!, :headSha!, COALESCE(:statusPr, 'pending'), COALESCE(:statusBuild, 'pending'), COALESCE(:statusApproval, 'pending'), COALESCE(:statusMerge, 'pending'), false)
 * ON CONFLICT (repo_id, pr_number) DO UPDATE SET
 *     commit_sha = COALESCE(EXCLUDED.commit_sha, r.commit_sha),
 *     status_pr = COALESCE(:statusPr, r.status_pr),
 *     status_build = COALESCE(:statusBuild, CASE WHEN :headSha! IS NOT NULL AND :headSha! IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),
 *     status_approval = COALESCE(:statusApproval, r.status_approval),
 *     status_merge = COALESCE(:statusMerge, r.status_merge),
 *     processed = false, updated_at = now()
 * WHERE (r.commit_sha, r.status_pr, r.status_build, r.status_approval, r.status_merge) IS DISTINCT FROM (
 *     COALESCE(EXCLUDED.commit_sha, r.commit_sha),
 *     COALESCE(:statusPr, r.status_pr),
 *     COALESCE(:statusBuild, CASE WHEN :headSha! IS NOT NULL AND :headSha! IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),
 *     COALESCE(:statusApproval, r.status_approval),
 *     COALESCE(:statusMerge, r.status_merge))
 * ```
 */
export const upsertPipelineRunSql = new PreparedQuery<IUpsertPipelineRunSqlParams,IUpsertPipelineRunSqlResult>(upsertPipelineRunSqlIR);


