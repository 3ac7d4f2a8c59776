/** Types generated for queries found in "src/warehouse/pull-requests/upsert-pull-request.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpsertPullRequestSql' parameters type */
export interface IUpsertPullRequestSqlParams {
  additions?: number | null | void;
  author?: string | null | void;
  authorAvatar?: string | null | void;
  branch: string;
  closedAt?: DateOrString | null | void;
  deletions?: number | null | void;
  files?: Json | null | void;
  headSha: string;
  mergedAt?: DateOrString | null | void;
  openedAt?: DateOrString | null | void;
  prNumber: number;
  repoId: string;
  state: string;
  title: string;
}

/** 'UpsertPullRequestSql' return type */
export interface IUpsertPullRequestSqlResult {
  files_changed: Json | null;
}

/** 'UpsertPullRequestSql' query type */
export interface IUpsertPullRequestSqlQuery {
  params: IUpsertPullRequestSqlParams;
  result: IUpsertPullRequestSqlResult;
}

const upsertPullRequestSqlIR: any = {"usedParamSet":{"repoId":true,"prNumber":true,"title":true,"author":true,"authorAvatar":true,"headSha":true,"branch":true,"state":true,"additions":true,"deletions":true,"files":true,"openedAt":true,"mergedAt":true,"closedAt":true},"params":[{"name":"repoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":699,"b":706},{"a":2202,"b":2209}]},{"name":"prNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":709,"b":718},{"a":2227,"b":2236}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":721,"b":727}]},{"name":"author","required":false,"transform":{"type":"scalar"},"locs":[{"a":730,"b":736}]},{"name":"authorAvatar","required":false,"transform":{"type":"scalar"},"locs":[{"a":739,"b":751}]},{"name":"headSha","required":true,"transform":{"type":"scalar"},"locs":[{"a":754,"b":762}]},{"name":"branch","required":true,"transform":{"type":"scalar"},"locs":[{"a":765,"b":772}]},{"name":"state","required":true,"transform":{"type":"scalar"},"locs":[{"a":775,"b":781}]},{"name":"additions","required":false,"transform":{"type":"scalar"},"locs":[{"a":784,"b":793}]},{"name":"deletions","required":false,"transform":{"type":"scalar"},"locs":[{"a":796,"b":805}]},{"name":"files","required":false,"transform":{"type":"scalar"},"locs":[{"a":808,"b":813}]},{"name":"openedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":823,"b":831}]},{"name":"mergedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":834,"b":842}]},{"name":"closedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":845,"b":853}]}],"statement":"-- A pull request from a webhook or the pulls source. What a source does not\n-- know (files and line counts in some webhooks) keeps what is stored; only a\n-- real change sets processed = false for the polling API. Returns the PR's files.\n-- :repoId and :prNumber the PR; :title, :author, :authorAvatar, :headSha, :branch, :state,\n-- :additions, :deletions, :files (JSON text), :openedAt, :mergedAt, :closedAt (those\n-- without ! may be NULL)\nWITH upserted AS (\n    INSERT INTO warehouse.pull_requests AS p (\n        repo_id, pr_number, title, author, author_avatar, commit_sha, branch_name, state,\n        additions, deletions, files_changed, opened_at, merged_at, closed_at, processed)\n    VALUES (:repoId!, :prNumber!, :title!, :author, :authorAvatar, :headSha!, :branch!, :state!, :additions, :deletions, :files::jsonb, :openedAt, :mergedAt, :closedAt, false)\n    ON CONFLICT (repo_id, pr_number) DO UPDATE SET\n        title = EXCLUDED.title, author = EXCLUDED.author, author_avatar = EXCLUDED.author_avatar,\n        commit_sha = EXCLUDED.commit_sha, branch_name = EXCLUDED.branch_name, state = EXCLUDED.state,\n        files_changed = COALESCE(EXCLUDED.files_changed, p.files_changed),\n        additions = COALESCE(EXCLUDED.additions, p.additions), deletions = COALESCE(EXCLUDED.deletions, p.deletions),\n        opened_at = COALESCE(EXCLUDED.opened_at, p.opened_at),\n        merged_at = EXCLUDED.merged_at, closed_at = EXCLUDED.closed_at,\n        processed = false, updated_at = now()\n    WHERE (p.title, p.author, p.author_avatar, p.commit_sha, p.branch_name, p.state, p.files_changed,\n           p.additions, p.deletions, p.opened_at, p.merged_at, p.closed_at)\n        IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.author, EXCLUDED.author_avatar, EXCLUDED.commit_sha,\n           EXCLUDED.branch_name, EXCLUDED.state, COALESCE(EXCLUDED.files_changed, p.files_changed),\n           COALESCE(EXCLUDED.additions, p.additions), COALESCE(EXCLUDED.deletions, p.deletions),\n           COALESCE(EXCLUDED.opened_at, p.opened_at), EXCLUDED.merged_at, EXCLUDED.closed_at)\n    RETURNING files_changed\n)\nSELECT files_changed FROM upserted\nUNION ALL\nSELECT files_changed FROM warehouse.pull_requests\nWHERE repo_id = :repoId! AND pr_number = :prNumber! AND NOT EXISTS (SELECT 1 FROM upserted)"};

/**
 * Query generated from SQL:
 * ```
 * -- A pull request from a webhook or the pulls source. What a source does not
 * -- know (files and line counts in some webhooks) keeps what is stored; only a
 * -- real change sets processed = false for the polling API. Returns the PR's files.
 * -- :repoId and :prNumber the PR; :title, :author, :authorAvatar, :headSha, :branch, :state,
 * -- :additions, :deletions, :files (JSON text), :openedAt, :mergedAt, :closedAt (those
 * -- without ! may be NULL)
 * WITH upserted AS (
 *     INSERT INTO warehouse.pull_requests AS p (
 *         repo_id, pr_number, title, author, author_avatar, commit_sha, branch_name, state,
 *         additions, deletions, files_changed, opened_at, merged_at, closed_at, processed)
 *     VALUES (:repoId!, :prNumber!, :title!, :author, :authorAvatar, :headSha!, :branch!, :state!, :additions, :deletions, :files::jsonb, :openedAt, :mergedAt, :closedAt, false)
 *     ON CONFLICT (repo_id, pr_number) DO UPDATE SET
 *         title = EXCLUDED.title, author = EXCLUDED.author, author_avatar = EXCLUDED.author_avatar,
 *         commit_sha = EXCLUDED.commit_sha, branch_name = EXCLUDED.branch_name, state = EXCLUDED.state,
 *         files_changed = COALESCE(EXCLUDED.files_changed, p.files_changed),
 *         additions = COALESCE(EXCLUDED.additions, p.additions), deletions = COALESCE(EXCLUDED.deletions, p.deletions),
 *         opened_at = COALESCE(EXCLUDED.opened_at, p.opened_at),
 *         merged_at = EXCLUDED.merged_at, closed_at = EXCLUDED.closed_at,
 *         processed = false, updated_at = now()
 *     WHERE (p.title, p.author, p.author_avatar, p.commit_sha, p.branch_name, p.state, p.files_changed,
 *            p.additions, p.deletions, p.opened_at, p.merged_at, p.closed_at)
 *         IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.author, EXCLUDED.author_avatar, EXCLUDED.commit_sha,
 *            EXCLUDED.branch_name, EXCLUDED.state, COALESCE(EXCLUDED.files_changed, p.files_changed),
 *            COALESCE(EXCLUDED.additions, p.additions), COALESCE(EXCLUDED.deletions, p.deletions),
 *            COALESCE(EXCLUDED.opened_at, p.opened_at), EXCLUDED.merged_at, EXCLUDED.closed_at)
 *     RETURNING files_changed
 * )
 * SELECT files_changed FROM upserted
 * UNION ALL
 * SELECT files_changed FROM warehouse.pull_requests
 * WHERE repo_id = :repoId! AND pr_number = :prNumber! AND NOT EXISTS (SELECT 1 FROM upserted)
 * ```
 */
export const upsertPullRequestSql = new PreparedQuery<IUpsertPullRequestSqlParams,IUpsertPullRequestSqlResult>(upsertPullRequestSqlIR);


