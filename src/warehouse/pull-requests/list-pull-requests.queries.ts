/** Types generated for queries found in "src/warehouse/pull-requests/list-pull-requests.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListPullRequestsSql' parameters type */
export interface IListPullRequestsSqlParams {
  limit: number;
  offset: number;
  unprocessed: boolean;
}

/** 'ListPullRequestsSql' return type */
export interface IListPullRequestsSqlResult {
  additions: number | null;
  author: string | null;
  branch_name: string | null;
  commit_sha: string | null;
  deletions: number | null;
  pr_number: number;
  processed: boolean | null;
  repository: string;
  risk_level: string | null;
  risk_summary: string | null;
  state: string | null;
  status_approval: string | null;
  status_build: string | null;
  status_merge: string | null;
  status_pr: string | null;
  title: string;
  updated_at: string;
  url: string;
}

/** 'ListPullRequestsSql' query type */
export interface IListPullRequestsSqlQuery {
  params: IListPullRequestsSqlParams;
  result: IListPullRequestsSqlResult;
}

const listPullRequestsSqlIR: any = {"usedParamSet":{"unprocessed":true,"limit":true,"offset":true},"params":[{"name":"unprocessed","required":true,"transform":{"type":"scalar"},"locs":[{"a":1046,"b":1058}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1121,"b":1127}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1136,"b":1143}]}],"statement":"-- PRs with their four stages and latest insight, one page (:limit, :offset);\n-- :unprocessed for the unprocessed ones only. updated_at is never NULL\n-- (\"updated_at!\"): the column defaults to now() and every update sets it.\nSELECT r.full_name AS repository, p.pr_number, p.title, p.author, p.branch_name, p.commit_sha, p.state,\n       p.additions, p.deletions, p.processed,\n       to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS \"updated_at!\",\n       pr.status_pr, pr.status_build, pr.status_approval, pr.status_merge,\n       i.risk_level, i.summary AS risk_summary,\n       'https://github.com/' || r.full_name || '/pull/' || p.pr_number AS \"url!\"\nFROM warehouse.pull_requests p\nJOIN warehouse.repositories r ON r.id = p.repo_id\nLEFT JOIN warehouse.pipeline_runs pr ON pr.repo_id = p.repo_id AND pr.pr_number = p.pr_number\nLEFT JOIN LATERAL (\n    SELECT risk_level, summary FROM warehouse.insights x\n    WHERE x.repo_id = p.repo_id AND x.pr_number = p.pr_number ORDER BY x.created_at DESC LIMIT 1\n) i ON true\nWHERE NOT :unprocessed!::boolean OR NOT p.processed\nORDER BY p.updated_at DESC\nLIMIT :limit! OFFSET :offset!"};

/**
 * Query generated from SQL:
 * ```
 * -- PRs with their four stages and latest insight, one page (:limit, :offset);
 * -- :unprocessed for the unprocessed ones only. updated_at is never NULL
 * -- ("updated_at!"): the column defaults to now() and every update sets it.
 * SELECT r.full_name AS repository, p.pr_number, p.title, p.author, p.branch_name, p.commit_sha, p.state,
 *        p.additions, p.deletions, p.processed,
 *        to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updated_at!",
 *        pr.status_pr, pr.status_build, pr.status_approval, pr.status_merge,
 *        i.risk_level, i.summary AS risk_summary,
 *        'https://github.com/' || r.full_name || '/pull/' || p.pr_number AS "url!"
 * FROM warehouse.pull_requests p
 * JOIN warehouse.repositories r ON r.id = p.repo_id
 * LEFT JOIN warehouse.pipeline_runs pr ON pr.repo_id = p.repo_id AND pr.pr_number = p.pr_number
 * LEFT JOIN LATERAL (
 *     SELECT risk_level, summary FROM warehouse.insights x
 *     WHERE x.repo_id = p.repo_id AND x.pr_number = p.pr_number ORDER BY x.created_at DESC LIMIT 1
 * ) i ON true
 * WHERE NOT :unprocessed!::boolean OR NOT p.processed
 * ORDER BY p.updated_at DESC
 * LIMIT :limit! OFFSET :offset!
 * ```
 */
export const listPullRequestsSql = new PreparedQuery<IListPullRequestsSqlParams,IListPullRequestsSqlResult>(listPullRequestsSqlIR);


