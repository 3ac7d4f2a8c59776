/** Types generated for queries found in "src/warehouse/pull-requests/free-repository-name.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'FreeRepositoryNameSql' parameters type */
export interface IFreeRepositoryNameSqlParams {
  fullName: string;
  githubId: number;
}

/** 'FreeRepositoryNameSql' return type */
export type IFreeRepositoryNameSqlResult = void;

/** 'FreeRepositoryNameSql' query type */
export interface IFreeRepositoryNameSqlQuery {
  params: IFreeRepositoryNameSqlParams;
  result: IFreeRepositoryNameSqlResult;
}

const freeRepositoryNameSqlIR: any = {"usedParamSet":{"fullName":true,"githubId":true},"params":[{"name":"fullName","required":true,"transform":{"type":"scalar"},"locs":[{"a":363,"b":372}]},{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":391,"b":400}]}],"statement":"-- Names are unique on GitHub at any one time: a row holding this name under\n-- another id is a repository deleted or renamed since; it gives the name up\n-- (keeping its history under \"<name>#<old id>\"). :githubId the repository, :fullName its name\nUPDATE warehouse.repositories SET full_name = full_name || '#' || github_id, updated_at = now()\nWHERE full_name = :fullName! AND github_id <> :githubId!"};

/**
 * Query generated from SQL:
 * ```
 * -- Names are unique on GitHub at any one time: a row holding this name under
 * -- another id is a repository deleted or renamed since; it gives the name up
 * -- (keeping its history under "<name>#<old id>"). :githubId the repository, :fullName its name
 * UPDATE warehouse.repositories SET full_name = full_name || '#' || github_id, updated_at = now()
 * WHERE full_name = :fullName! AND github_id <> :githubId!
 * ```
 */
export const freeRepositoryNameSql = new PreparedQuery<IFreeRepositoryNameSqlParams,IFreeRepositoryNameSqlResult>(freeRepositoryNameSqlIR);


