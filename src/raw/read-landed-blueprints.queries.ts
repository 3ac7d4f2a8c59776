/** Types generated for queries found in "src/raw/read-landed-blueprints.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ReadLandedBlueprintsSql' parameters type */
export interface IReadLandedBlueprintsSqlParams {
  date: string;
}

/** 'ReadLandedBlueprintsSql' return type */
export interface IReadLandedBlueprintsSqlResult {
  apiResponse: Json;
  fullName: string;
}

/** 'ReadLandedBlueprintsSql' query type */
export interface IReadLandedBlueprintsSqlQuery {
  params: IReadLandedBlueprintsSqlParams;
  result: IReadLandedBlueprintsSqlResult;
}

const readLandedBlueprintsSqlIR: any = {"usedParamSet":{"date":true},"params":[{"name":"date","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":216}]}],"statement":"-- render.yaml answers landed on a day, for staging them again without GitHub. :date the day\nSELECT repo_full_name AS \"fullName\", api_response AS \"apiResponse\"\nFROM raw.github_repo_details\nWHERE snapshot_date = :date!::date AND detail = 'render_blueprint'"};

/**
 * Query generated from SQL:
 * ```
 * -- render.yaml answers landed on a day, for staging them again without GitHub. :date the day
 * SELECT repo_full_name AS "fullName", api_response AS "apiResponse"
 * FROM raw.github_repo_details
 * WHERE snapshot_date = :date!::date AND detail = 'render_blueprint'
 * ```
 */
export const readLandedBlueprintsSql = new PreparedQuery<IReadLandedBlueprintsSqlParams,IReadLandedBlueprintsSqlResult>(readLandedBlueprintsSqlIR);


