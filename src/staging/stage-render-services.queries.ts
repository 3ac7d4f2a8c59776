/** Types generated for queries found in "src/staging/stage-render-services.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'StageRenderServicesSql' parameters type */
export interface IStageRenderServicesSqlParams {
  names: stringArray;
  runId: string;
  serviceCounts: numberArray;
  serviceTypes: stringArray;
  snapshotDate: string;
}

/** 'StageRenderServicesSql' return type */
export type IStageRenderServicesSqlResult = void;

/** 'StageRenderServicesSql' query type */
export interface IStageRenderServicesSqlQuery {
  params: IStageRenderServicesSqlParams;
  result: IStageRenderServicesSqlResult;
}

const stageRenderServicesSqlIR: any = {"usedParamSet":{"names":true,"serviceTypes":true,"serviceCounts":true,"runId":true,"snapshotDate":true},"params":[{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":302,"b":308}]},{"name":"serviceTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":319,"b":332}]},{"name":"serviceCounts","required":true,"transform":{"type":"scalar"},"locs":[{"a":343,"b":357}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":829,"b":835}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":838,"b":851}]}],"statement":"-- Render service types parsed from blueprints (parse-render-blueprint.ts: YAML\n-- cannot be parsed in SQL), and each repository's Render category.\n-- :names, :serviceTypes, :serviceCounts (arrays, one element per repository and type), :runId, :snapshotDate\nWITH incoming AS (\n    SELECT * FROM unnest(:names!::text[], :serviceTypes!::text[], :serviceCounts!::int[]) AS i(repo_full_name, service_type, service_count)\n), dropped AS (\n    DELETE FROM staging.render_services r\n    WHERE r.repo_full_name IN (SELECT repo_full_name FROM incoming)\n      AND (r.repo_full_name, r.service_type) NOT IN (SELECT repo_full_name, service_type FROM incoming)\n), upserted AS (\n    INSERT INTO staging.render_services (repo_full_name, service_type, service_count, run_id, snapshot_date)\n    SELECT repo_full_name, service_type, service_count, :runId!, :snapshotDate!::date FROM incoming\n    ON CONFLICT (repo_full_name, service_type) DO UPDATE\n    SET service_count = EXCLUDED.service_count, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date\n)\n-- The category is the first of the repository's services in this order.\nUPDATE staging.repos_validated s\nSET render_category = c.service_type\nFROM (\n    SELECT DISTINCT ON (repo_full_name) repo_full_name, service_type\n    FROM incoming\n    ORDER BY repo_full_name, array_position(\n        ARRAY['web', 'static-site', 'private-service', 'worker', 'background-worker', 'cron', 'postgres', 'redis'], service_type)\n) c\nWHERE lower(s.repo_full_name) = lower(c.repo_full_name)"};

/**
 * Query generated from SQL:
 * ```
 * -- Render service types parsed from blueprints (parse-render-blueprint.ts: YAML
 * -- cannot be parsed in SQL), and each repository's Render category.
 * -- :names, :serviceTypes, :serviceCounts (arrays, one element per repository and type), :runId, :snapshotDate
 * WITH incoming AS (
 *     SELECT * FROM unnest(:names!::text[], :serviceTypes!::text[], :serviceCounts!::int[]) AS i(repo_full_name, service_type, service_count)
 * ), dropped AS (
 *     DELETE FROM staging.render_services r
 *     WHERE r.repo_full_name IN (SELECT repo_full_name FROM incoming)
 *       AND (r.repo_full_name, r.service_type) NOT IN (SELECT repo_full_name, service_type FROM incoming)
 * ), upserted AS (
 *     INSERT INTO staging.render_services (repo_full_name, service_type, service_count, run_id, snapshot_date)
 *     SELECT repo_full_name, service_type, service_count, :runId!, :snapshotDate!::date FROM incoming
 *     ON CONFLICT (repo_full_name, service_type) DO UPDATE
 *     SET service_count = EXCLUDED.service_count, run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date
 * )
 * -- The category is the first of the repository's services in this order.
 * UPDATE staging.repos_validated s
 * SET render_category = c.service_type
 * FROM (
 *     SELECT DISTINCT ON (repo_full_name) repo_full_name, service_type
 *     FROM incoming
 *     ORDER BY repo_full_name, array_position(
 *         ARRAY['web', 'static-site', 'private-service', 'worker', 'background-worker', 'cron', 'postgres', 'redis'], service_type)
 * ) c
 * WHERE lower(s.repo_full_name) = lower(c.repo_full_name)
 * ```
 */
export const stageRenderServicesSql = new PreparedQuery<IStageRenderServicesSqlParams,IStageRenderServicesSqlResult>(stageRenderServicesSqlIR);


