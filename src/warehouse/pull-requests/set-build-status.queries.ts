/** Types generated for queries found in "src/warehouse/pull-requests/set-build-status.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type numberArray = (number)[];

/** 'SetBuildStatusSql' parameters type */
export interface ISetBuildStatusSqlParams {
  headSha: string;
  prNumbers: numberArray;
  repoId: string;
  status: string;
}

/** 'SetBuildStatusSql' return type */
export type ISetBuildStatusSqlResult = void;

/** 'SetBuildStatusSql' query type */
export interface ISetBuildStatusSqlQuery {
  params: ISetBuildStatusSqlParams;
  result: ISetBuildStatusSqlResult;
}

const setBuildStatusSqlIR: any = {"usedParamSet":{"status":true,"repoId":true,"prNumbers":true,"headSha":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":388,"b":395},{"a":609,"b":616}]},{"name":"repoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":452,"b":459}]},{"name":"prNumbers","required":true,"transform":{"type":"scalar"},"locs":[{"a":484,"b":494},{"a":520,"b":530}]},{"name":"headSha","required":true,"transform":{"type":"scalar"},"locs":[{"a":561,"b":569}]}],"statement":"-- CI results (check_suite, check_run, workflow_run, status) for the PRs they\n-- name, or else for the PRs whose head commit they ran on; a status already\n-- stored changes nothing (processed stays as consumers left it).\n-- :repoId the repository, :prNumbers the PRs named (may be empty), :headSha the\n-- commit, :status the build status\nUPDATE warehouse.pipeline_runs\nSET status_build = :status!, processed = false, updated_at = now()\nWHERE repo_id = :repoId!\n  AND (pr_number = ANY(:prNumbers!::int[]) OR (cardinality(:prNumbers!::int[]) = 0 AND commit_sha = :headSha!))\n  AND status_build IS DISTINCT FROM :status!"};

/**
 * Query generated from SQL:
 * ```
 * -- CI results (check_suite, check_run, workflow_run, status) for the PRs they
 * -- name, or else for the PRs whose head commit they ran on; a status already
 * -- stored changes nothing (processed stays as consumers left it).
 * -- :repoId the repository, :prNumbers the PRs named (may be empty), :headSha the
 * -- commit, :status the build status
 * UPDATE warehouse.pipeline_runs
 * SET status_build = :status!, processed = false, updated_at = now()
 * WHERE repo_id = :repoId!
 *   AND (pr_number = ANY(:prNumbers!::int[]) OR (cardinality(:prNumbers!::int[]) = 0 AND commit_sha = :headSha!))
 *   AND status_build IS DISTINCT FROM :status!
 * ```
 */
export const setBuildStatusSql = new PreparedQuery<ISetBuildStatusSqlParams,ISetBuildStatusSqlResult>(setBuildStatusSqlIR);


