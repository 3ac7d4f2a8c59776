/** Types generated for queries found in "src/staging/stage-repo-languages.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'StageRepoLanguagesSql' parameters type */
export interface IStageRepoLanguagesSqlParams {
  rawRunIds: stringArray;
  runId: string;
  snapshotDate: string;
}

/** 'StageRepoLanguagesSql' return type */
export type IStageRepoLanguagesSqlResult = void;

/** 'StageRepoLanguagesSql' query type */
export interface IStageRepoLanguagesSqlQuery {
  params: IStageRepoLanguagesSqlParams;
  result: IStageRepoLanguagesSqlResult;
}

const stageRepoLanguagesSqlIR: any = {"usedParamSet":{"rawRunIds":true,"snapshotDate":true,"runId":true},"params":[{"name":"rawRunIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":402,"b":412}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":445,"b":458},{"a":1153,"b":1166}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1144,"b":1150}]}],"statement":"-- Bytes per language from the languages answers of a run ({\"Rust\": 123, ...}).\n-- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the staging run\nWITH incoming AS (\n    SELECT DISTINCT ON (d.repo_full_name, kv.key) d.repo_full_name, kv.key AS language, kv.value\n    FROM raw.github_repo_details d\n    CROSS JOIN LATERAL jsonb_each(d.api_response) kv\n    WHERE d.run_id = ANY(:rawRunIds!::text[]) AND d.snapshot_date = :snapshotDate!::date AND d.detail = 'languages' AND jsonb_typeof(d.api_response) = 'object'\n    ORDER BY d.repo_full_name, kv.key, d.id DESC\n), dropped AS (\n    -- languages a repository no longer has (NOT EXISTS: an anti-join, where\n    -- NOT IN over a row list rescans it per row once it outgrows work_mem)\n    DELETE FROM staging.repo_languages l\n    WHERE EXISTS (SELECT 1 FROM incoming i WHERE i.repo_full_name = l.repo_full_name)\n      AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.repo_full_name = l.repo_full_name AND i.language = l.language)\n)\nINSERT INTO staging.repo_languages (repo_full_name, language, bytes, run_id, snapshot_date)\nSELECT repo_full_name, language, (value)::bigint, :runId!, :snapshotDate!::date\nFROM incoming\nWHERE jsonb_typeof(value) = 'number' AND (value)::numeric >= 0\nON CONFLICT (repo_full_name, language) DO UPDATE\nSET bytes = EXCLUDED.bytes, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date"};

/**
 * Query generated from SQL:
 * ```
 * -- Bytes per language from the languages answers of a run ({"Rust": 123, ...}).
 * -- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the staging run
 * WITH incoming AS (
 *     SELECT DISTINCT ON (d.repo_full_name, kv.key) d.repo_full_name, kv.key AS language, kv.value
 *     FROM raw.github_repo_details d
 *     CROSS JOIN LATERAL jsonb_each(d.api_response) kv
 *     WHERE d.run_id = ANY(:rawRunIds!::text[]) AND d.snapshot_date = :snapshotDate!::date AND d.detail = 'languages' AND jsonb_typeof(d.api_response) = 'object'
 *     ORDER BY d.repo_full_name, kv.key, d.id DESC
 * ), dropped AS (
 *     -- languages a repository no longer has (NOT EXISTS: an anti-join, where
 *     -- NOT IN over a row list rescans it per row once it outgrows work_mem)
 *     DELETE FROM staging.repo_languages l
 *     WHERE EXISTS (SELECT 1 FROM incoming i WHERE i.repo_full_name = l.repo_full_name)
 *       AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.repo_full_name = l.repo_full_name AND i.language = l.language)
 * )
 * INSERT INTO staging.repo_languages (repo_full_name, language, bytes, run_id, snapshot_date)
 * SELECT repo_full_name, language, (value)::bigint, :runId!, :snapshotDate!::date
 * FROM incoming
 * WHERE jsonb_typeof(value) = 'number' AND (value)::numeric >= 0
 * ON CONFLICT (repo_full_name, language) DO UPDATE
 * SET bytes = EXCLUDED.bytes, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date
 * ```
 */
export const stageRepoLanguagesSql = new PreparedQuery<IStageRepoLanguagesSqlParams,IStageRepoLanguagesSqlResult>(stageRepoLanguagesSqlIR);


