/** Types generated for queries found in "src/warehouse/add-languages.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'AddLanguagesSql' parameters type */
export interface IAddLanguagesSqlParams {
  runId: string;
}

/** 'AddLanguagesSql' return type */
export type IAddLanguagesSqlResult = void;

/** 'AddLanguagesSql' query type */
export interface IAddLanguagesSqlQuery {
  params: IAddLanguagesSqlParams;
  result: IAddLanguagesSqlResult;
}

const addLanguagesSqlIR: any = {"usedParamSet":{"runId":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":319,"b":325},{"a":400,"b":406}]}],"statement":"-- Languages first seen in this run join dim_languages (the seeded ones keep their category).\n-- :runId the run\nINSERT INTO warehouse.dim_languages (language_name, language_category, display_name)\nSELECT DISTINCT l.language, 'detected', l.language\nFROM (\n    SELECT language FROM staging.repos_validated WHERE run_id = :runId!\n    UNION\n    SELECT language FROM staging.repo_languages WHERE run_id = :runId!\n) l\nWHERE l.language IS NOT NULL\nON CONFLICT (language_name) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * -- Languages first seen in this run join dim_languages (the seeded ones keep their category).
 * -- :runId the run
 * INSERT INTO warehouse.dim_languages (language_name, language_category, display_name)
 * SELECT DISTINCT l.language, 'detected', l.language
 * FROM (
 *     SELECT language FROM staging.repos_validated WHERE run_id = :runId!
 *     UNION
 *     SELECT language FROM staging.repo_languages WHERE run_id = :runId!
 * ) l
 * WHERE l.language IS NOT NULL
 * ON CONFLICT (language_name) DO NOTHING
 * ```
 */
export const addLanguagesSql = new PreparedQuery<IAddLanguagesSqlParams,IAddLanguagesSqlResult>(addLanguagesSqlIR);


