import type { WarehouseClient } from '../../db/database.ts';
import { assessRisk } from './assess-risk.ts';
import { freeRepositoryNamesSql } from './free-repository-names.queries.ts';
import { lockRepositoriesSql } from './lock-repositories.queries.ts';
import { readWebhookRiskInputsSql } from './read-webhook-risk-inputs.queries.ts';
import { recordWebhookReviewsSql } from './record-webhook-reviews.queries.ts';
import { upsertInsightsSql } from './upsert-insights.queries.ts';
import { upsertRepositoriesSql } from './upsert-repositories.queries.ts';
import { upsertWebhookPipelineRunsSql } from './upsert-webhook-pipeline-runs.queries.ts';
import { upsertWebhookPullRequestsSql } from './upsert-webhook-pull-requests.queries.ts';

/** Events that update the PR flow model; any other event is stored and ignored. */
export const HANDLED_EVENTS = [
  'pull_request',
  'pull_request_review',
  'check_suite',
  'check_run',
  'workflow_run',
  'status',
  'push',
] as const;

/**
 * A batch of stored deliveries into the PR flow model (repositories,
 * pull_requests, pipeline_runs, pull_request_reviews, insights) inside the
 * caller's transaction: one statement per table for the whole batch, each
 * reading the payloads where they are stored (warehouse.webhook_batch,
 * migration 0034) and leaving every PR as its events applied one by one in
 * their own time order would. Returns the deliveries that carried something
 * for the model (a repository); the others are ignored.
 */
export async function applyWebhookBatch(
  client: WarehouseClient,
  deliveryIds: string[],
): Promise<Set<string>> {
  const batch = { deliveryIds, events: [...HANDLED_EVENTS] };
  const names = (await lockRepositoriesSql.run(batch, client)).flatMap((repo) =>
    repo.full_names.map((fullName) => ({ githubId: repo.github_id, fullName })),
  );
  await freeRepositoryNamesSql.run(
    { githubIds: names.map((n) => n.githubId), fullNames: names.map((n) => n.fullName) },
    client,
  );
  const modelled = await upsertRepositoriesSql.run(batch, client);
  if (modelled.length === 0) return new Set();
  await upsertWebhookPullRequestsSql.run({ deliveryIds }, client);
  await upsertWebhookPipelineRunsSql.run({ deliveryIds }, client);
  await recordWebhookReviewsSql.run({ deliveryIds }, client);
  const risks = (await readWebhookRiskInputsSql.run({ deliveryIds }, client)).map((row) => ({
    row,
    risk: assessRisk({
      additions: row.additions,
      deletions: row.deletions,
      changedFiles: row.changed_files,
      // pgtyped types jsonb as Json: files_changed holds the stored ChangedFile[]
      files: (row.files as { filename: string }[] | null)?.map((f) => f.filename) ?? null,
    }),
  }));
  if (risks.length > 0) {
    await upsertInsightsSql.run(
      {
        repoIds: risks.map(({ row }) => row.repo_id),
        prNumbers: risks.map(({ row }) => row.pr_number),
        commitShas: risks.map(({ row }) => row.head_sha),
        riskLevels: risks.map(({ risk }) => risk.risk_level),
        summaries: risks.map(({ risk }) => risk.summary),
        recommendations: risks.map(({ risk }) => risk.recommendation),
        // JSON text: pg would send an array of arrays as a PostgreSQL array
        factors: risks.map(({ risk }) => JSON.stringify(risk.factors)),
      },
      client,
    );
  }
  return new Set(modelled.map((row) => row.delivery_id));
}
