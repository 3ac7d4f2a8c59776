/** Types generated for queries found in "src/warehouse/pull-requests/record-reviews.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'RecordReviewsSql' parameters type */
export interface IRecordReviewsSqlParams {
  prNumber: number;
  repoId: string;
  reviewers: stringArray;
  reviewIds: numberArray;
  states: stringArray;
  submittedAt: DateOrStringArray;
}

/** 'RecordReviewsSql' return type */
export type IRecordReviewsSqlResult = void;

/** 'RecordReviewsSql' query type */
export interface IRecordReviewsSqlQuery {
  params: IRecordReviewsSqlParams;
  result: IRecordReviewsSqlResult;
}

const recordReviewsSqlIR: any = {"usedParamSet":{"repoId":true,"prNumber":true,"reviewIds":true,"reviewers":true,"states":true,"submittedAt":true},"params":[{"name":"repoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":404,"b":411}]},{"name":"prNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":414,"b":423}]},{"name":"reviewIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":487,"b":497}]},{"name":"reviewers","required":true,"transform":{"type":"scalar"},"locs":[{"a":510,"b":520}]},{"name":"states","required":true,"transform":{"type":"scalar"},"locs":[{"a":531,"b":538}]},{"name":"submittedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":549,"b":561}]}],"statement":"-- The reviews of one PR (migrations/postgres/0014), one row per review id; a\n-- review seen again updates its state (a dismissal) and nothing else.\n-- :repoId and :prNumber the PR; one array element per review in :reviewIds,\n-- :reviewers (elements may be NULL), :states, :submittedAt\nINSERT INTO warehouse.pull_request_reviews AS r (repo_id, pr_number, review_id, reviewer, state, submitted_at)\nSELECT :repoId!, :prNumber!, u.review_id, u.reviewer, u.state, u.submitted_at\nFROM unnest(:reviewIds!::bigint[], :reviewers!::text[], :states!::text[], :submittedAt!::timestamptz[]) AS u (review_id, reviewer, state, submitted_at)\nON CONFLICT (repo_id, pr_number, review_id) DO UPDATE SET state = EXCLUDED.state\nWHERE r.state IS DISTINCT FROM EXCLUDED.state"};

/**
 * Query generated from SQL:
 * ```
 * -- The reviews of one PR (migrations/postgres/0014), one row per review id; a
 * -- review seen again updates its state (a dismissal) and nothing else.
 * -- :repoId and :prNumber the PR; one array element per review in :reviewIds,
 * -- :reviewers (elements may be NULL), :states, :submittedAt
 * INSERT INTO warehouse.pull_request_reviews AS r (repo_id, pr_number, review_id, reviewer, state, submitted_at)
 * SELECT :repoId!, :prNumber!, u.review_id, u.reviewer, u.state, u.submitted_at
 * FROM unnest(:reviewIds!::bigint[], :reviewers!::text[], :states!::text[], :submittedAt!::timestamptz[]) AS u (review_id, reviewer, state, submitted_at)
 * ON CONFLICT (repo_id, pr_number, review_id) DO UPDATE SET state = EXCLUDED.state
 * WHERE r.state IS DISTINCT FROM EXCLUDED.state
 * ```
 */
export const recordReviewsSql = new PreparedQuery<IRecordReviewsSqlParams,IRecordReviewsSqlResult>(recordReviewsSqlIR);


