import type { WarehouseClient } from '../db/database.ts';
import type { CollectedDetail } from '../sources/github/collect/collected-records.ts';
import { analyzeLandedSql } from './analyze-landed.queries.ts';
import { analyzeStagedSql } from './analyze-staged.queries.ts';
import { attachReadmesSql } from './attach-readmes.queries.ts';
import { parseBlueprintAnswer } from './parse-render-blueprint.ts';
import { stageRenderServicesSql } from './stage-render-services.queries.ts';
import { stageRepoLanguagesSql } from './stage-repo-languages.queries.ts';
import { stageStarHistorySql } from './stage-star-history.queries.ts';
import { validateReposSql } from './validate-repos.queries.ts';

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
  const params = { rawRunIds: run.rawRunIds ?? [run.runId], snapshotDate: run.date, runId: run.runId };
  await analyzeLandedSql.run(undefined, client);
  const validated = await validateReposSql.run(params, client);
  const readmes = await attachReadmesSql.runWithCounts(params, client);
  const languages = await stageRepoLanguagesSql.runWithCounts(params, client);
  const starHistory = await stageStarHistorySql.run(params, client);
  await analyzeStagedSql.run(undefined, client);
  const services = blueprints.flatMap((b) =>
    Object.entries(parseBlueprintAnswer(b.apiResponse)).map(([type, count]) => ({
      name: b.fullName,
      type,
      count,
    })),
  );
  if (services.length > 0) {
    await stageRenderServicesSql.run(
      {
        names: services.map((s) => s.name),
        serviceTypes: services.map((s) => s.type),
        serviceCounts: services.map((s) => s.count),
        runId: run.runId,
        snapshotDate: run.date,
      },
      client,
    );
  }
  return {
    validated: validated[0]?.validated ?? 0,
    rejected: validated[0]?.rejected ?? 0,
    readmes: readmes.rowCount ?? 0,
    languageRows: languages.rowCount ?? 0,
    renderServices: services.length,
    starHistoryWeeks: starHistory[0]?.weeks ?? 0,
    starHistoryRejected: starHistory[0]?.rejected ?? 0,
  };
}
