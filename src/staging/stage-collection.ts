import type { WarehouseClient } from '../db/database.ts';
import type { CollectedDetail } from '../sources/github/collect/collected-records.ts';
import { sqlFile } from '../sql/sql-file.ts';
import { parseBlueprintAnswer } from './parse-render-blueprint.ts';

const VALIDATE_REPOS = sqlFile(import.meta.url, 'validate-repos.sql');
const ATTACH_READMES = sqlFile(import.meta.url, 'attach-readmes.sql');
const STAGE_LANGUAGES = sqlFile(import.meta.url, 'stage-repo-languages.sql');
const STAGE_RENDER_SERVICES = sqlFile(import.meta.url, 'stage-render-services.sql');
const STAGE_STAR_HISTORY = sqlFile(import.meta.url, 'stage-star-history.sql');
const ANALYZE_LANDED = sqlFile(import.meta.url, 'analyze-landed.sql');
const ANALYZE_STAGED = sqlFile(import.meta.url, 'analyze-staged.sql');

export interface StagedCounts {
  validated: number;
  rejected: number;
  readmes: number;
  languageRows: number;
  renderServices: number;
  starHistoryWeeks: number;
  starHistoryRejected: number;
}

/**
 * raw → staging for one run: everything reads the run's raw rows in SQL,
 * except render.yaml blueprints, which are YAML (parsed here, then set-based).
 */
export async function stageCollection(
  client: WarehouseClient,
  run: { runId: string; date: string; rawRunIds?: string[] },
  blueprints: Pick<CollectedDetail, 'fullName' | 'apiResponse'>[],
): Promise<StagedCounts> {
  const params = [run.rawRunIds ?? [run.runId], run.date, run.runId];
  await client.query(ANALYZE_LANDED);
  const validated = await client.query<{ validated: number; rejected: number }>(VALIDATE_REPOS, params);
  const readmes = await client.query(ATTACH_READMES, params);
  const languages = await client.query(STAGE_LANGUAGES, params);
  const starHistory = await client.query<{ weeks: number; rejected: number }>(STAGE_STAR_HISTORY, params);
  await client.query(ANALYZE_STAGED);
  const services = blueprints.flatMap((b) =>
    Object.entries(parseBlueprintAnswer(b.apiResponse)).map(([type, count]) => ({
      name: b.fullName,
      type,
      count,
    })),
  );
  if (services.length > 0) {
    await client.query(STAGE_RENDER_SERVICES, [
      services.map((s) => s.name),
      services.map((s) => s.type),
      services.map((s) => s.count),
      run.runId,
      run.date,
    ]);
  }
  return {
    validated: validated.rows[0]?.validated ?? 0,
    rejected: validated.rows[0]?.rejected ?? 0,
    readmes: readmes.rowCount ?? 0,
    languageRows: languages.rowCount ?? 0,
    renderServices: services.length,
    starHistoryWeeks: starHistory.rows[0]?.weeks ?? 0,
    starHistoryRejected: starHistory.rows[0]?.rejected ?? 0,
  };
}
