/** Types generated for queries found in "src/warehouse/pull-requests/upsert-repository.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'UpsertRepositorySql' parameters type */
export interface IUpsertRepositorySqlParams {
  description?: string | null | void;
  fullName: string;
  githubId: number;
  isPrivate?: boolean | null | void;
  name: string;
  owner: string;
  ownerAvatarUrl?: string | null | void;
}

/** 'UpsertRepositorySql' return type */
export interface IUpsertRepositorySqlResult {
  id: string;
}

/** 'UpsertRepositorySql' query type */
export interface IUpsertRepositorySqlQuery {
  params: IUpsertRepositorySqlParams;
  result: IUpsertRepositorySqlResult;
}

const upsertRepositorySqlIR: any = {"usedParamSet":{"githubId":true,"name":true,"fullName":true,"owner":true,"ownerAvatarUrl":true,"isPrivate":true,"description":true},"params":[{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":489,"b":498}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":501,"b":506}]},{"name":"fullName","required":true,"transform":{"type":"scalar"},"locs":[{"a":509,"b":518}]},{"name":"owner","required":true,"transform":{"type":"scalar"},"locs":[{"a":521,"b":527}]},{"name":"ownerAvatarUrl","required":false,"transform":{"type":"scalar"},"locs":[{"a":530,"b":544},{"a":751,"b":765}]},{"name":"isPrivate","required":false,"transform":{"type":"scalar"},"locs":[{"a":556,"b":565},{"a":836,"b":845}]},{"name":"description","required":false,"transform":{"type":"scalar"},"locs":[{"a":585,"b":596}]}],"statement":"-- warehouse.repositories (migrations/postgres/0006), from a webhook's `repository` (after free-repository-name.sql). Returns its id.\n-- :githubId, :name, :fullName, :owner, :ownerAvatarUrl, :isPrivate, :description.\n-- An avatar or visibility the caller does not know (NULL: a webhook whose repository\n-- owner carries no avatar) keeps what an earlier event stored.\nINSERT INTO warehouse.repositories (github_id, name, full_name, owner, owner_avatar_url, is_private, description)\nVALUES (:githubId!, :name!, :fullName!, :owner!, :ownerAvatarUrl, COALESCE(:isPrivate::boolean, false), :description)\nON CONFLICT (github_id) DO UPDATE SET\n    name = EXCLUDED.name, full_name = EXCLUDED.full_name, owner = EXCLUDED.owner,\n    owner_avatar_url = COALESCE(:ownerAvatarUrl, warehouse.repositories.owner_avatar_url),\n    is_private = COALESCE(:isPrivate::boolean, warehouse.repositories.is_private),\n    description = EXCLUDED.description, updated_at = now()\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * -- warehouse.repositories (migrations/postgres/0006), from a webhook's `repository` (after free-repository-name.sql). Returns its id.
 * -- :githubId, :name, :fullName, :owner, :ownerAvatarUrl, :isPrivate, :description.
 * -- An avatar or visibility the caller does not know (NULL: a webhook whose repository
 * -- owner carries no avatar) keeps what an earlier event stored.
 * INSERT INTO warehouse.repositories (github_id, name, full_name, owner, owner_avatar_url, is_private, description)
 * VALUES (:githubId!, :name!, :fullName!, :owner!, :ownerAvatarUrl, COALESCE(:isPrivate::boolean, false), :description)
 * ON CONFLICT (github_id) DO UPDATE SET
 *     name = EXCLUDED.name, full_name = EXCLUDED.full_name, owner = EXCLUDED.owner,
 *     owner_avatar_url = COALESCE(:ownerAvatarUrl, warehouse.repositories.owner_avatar_url),
 *     is_private = COALESCE(:isPrivate::boolean, warehouse.repositories.is_private),
 *     description = EXCLUDED.description, updated_at = now()
 * RETURNING id
 * ```
 */
export const upsertRepositorySql = new PreparedQuery<IUpsertRepositorySqlParams,IUpsertRepositorySqlResult>(upsertRepositorySqlIR);


