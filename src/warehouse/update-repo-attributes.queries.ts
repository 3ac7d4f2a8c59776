/** Types generated for queries found in "src/warehouse/update-repo-attributes.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'UpdateRepoAttributesSql' parameters type */
export interface IUpdateRepoAttributesSqlParams {
  runId: string;
}

/** 'UpdateRepoAttributesSql' return type */
export type IUpdateRepoAttributesSqlResult = void;

/** 'UpdateRepoAttributesSql' query type */
export interface IUpdateRepoAttributesSqlQuery {
  params: IUpdateRepoAttributesSqlParams;
  result: IUpdateRepoAttributesSqlResult;
}

const updateRepoAttributesSqlIR: any = {"usedParamSet":{"runId":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":560,"b":566}]}],"statement":"-- Attributes kept as type 1 (overwritten in the current version): the name\n-- after a rename, owner, company, URL, node id, topics, license, archived.\n-- :runId the run\nUPDATE warehouse.dim_repositories d\nSET repo_full_name = s.repo_full_name, owner = s.owner, company_key = c.company_key, repo_url = s.repo_url,\n    node_id = s.node_id, topics = s.topics, license_spdx = s.license_spdx, is_archived = s.is_archived\nFROM staging.repos_validated s\nLEFT JOIN warehouse.dim_companies c ON lower(c.company_name) = lower(s.owner) AND c.is_tracked\nWHERE s.run_id = :runId! AND d.github_id = s.github_id AND d.is_current\n  AND (d.repo_full_name, d.owner, d.company_key, d.repo_url, d.node_id, d.topics, d.license_spdx, d.is_archived)\n      IS DISTINCT FROM\n      (s.repo_full_name, s.owner, c.company_key, s.repo_url, s.node_id, s.topics, s.license_spdx, s.is_archived)"};

/**
 * Query generated from SQL:
 * ```
 * -- Attributes kept as type 1 (overwritten in the current version): the name
 * -- after a rename, owner, company, URL, node id, topics, license, archived.
 * -- :runId the run
 * UPDATE warehouse.dim_repositories d
 * SET repo_full_name = s.repo_full_name, owner = s.owner, company_key = c.company_key, repo_url = s.repo_url,
 *     node_id = s.node_id, topics = s.topics, license_spdx = s.license_spdx, is_archived = s.is_archived
 * FROM staging.repos_validated s
 * LEFT JOIN warehouse.dim_companies c ON lower(c.company_name) = lower(s.owner) AND c.is_tracked
 * WHERE s.run_id = :runId! AND d.github_id = s.github_id AND d.is_current
 *   AND (d.repo_full_name, d.owner, d.company_key, d.repo_url, d.node_id, d.topics, d.license_spdx, d.is_archived)
 *       IS DISTINCT FROM
 *       (s.repo_full_name, s.owner, c.company_key, s.repo_url, s.node_id, s.topics, s.license_spdx, s.is_archived)
 * ```
 */
export const updateRepoAttributesSql = new PreparedQuery<IUpdateRepoAttributesSqlParams,IUpdateRepoAttributesSqlResult>(updateRepoAttributesSqlIR);


