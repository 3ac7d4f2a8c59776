import type { Config } from '../../config/config-schema.ts';
import type { GitHubOctokit } from '../../sources/github/client/github-client.ts';
import type { CollectedDelivery } from '../../sources/github/collect/collected-records.ts';
import { compareCommits } from '../../sources/github/collect/compare-commits.ts';
import { type DeploymentNode, listDeployments } from '../../sources/github/collect/list-deployments.ts';
import { listIssues } from '../../sources/github/collect/list-issues.ts';
import {
  listWorkflowRuns,
  type WorkflowRunSummary,
} from '../../sources/github/collect/list-workflow-runs.ts';
import { type PipelineSource, taskPerItem } from './pipeline-source.ts';

/*
 * The delivery source (SPEC section 11, README "Sources"): for each
 * repository of delivery.repos, its deployments with their latest status,
 * its issues with their labels, the workflow runs of its default branch
 * (GitHub answers, landed in raw.github_delivery as they came), and for each
 * new successful production deployment the commits it shipped: GitHub's
 * compare of the previous successful production deployment's commit and
 * its own. The warehouse models them (deployments, incidents, the commits
 * each deployment shipped); this file only decides what to ask.
 */

/** A successful production deployment: a GitHub deployment or a deployment workflow's run. */
export interface ProductionRef {
  source: 'deployment' | 'workflow_run';
  id: number;
  sha: string;
  createdAt: string;
}

/** What ops.ingestion_state keeps per repository (`delivery:<owner/name>`). */
export interface DeliveryCursor {
  /** The run date that read this window, and the window's start: a re-run of that date reads the same. */
  date: string;
  since: string;
  /** The latest successful production deployment before that window, and after it. */
  prior: ProductionRef | null;
  last: ProductionRef | null;
}

/**
 * How far before the last run a repository is read again: a deployment (or run) still in
 * progress then has its final status by now, and the compare of the next one needs it.
 */
export const DELIVERY_LOOKBACK_MS = 86_400_000;

export const deliveryStateKey = (fullName: string) => `delivery:${fullName}`;

/**
 * One of the config's patterns (PostgreSQL AREs, `(?i)` at the start ignoring case) as a
 * JavaScript RegExp: the collector and the warehouse's SQL decide with the same patterns.
 */
export function configPattern(pattern: string): RegExp {
  const ignoreCase = pattern.startsWith('(?i)');
  return new RegExp(ignoreCase ? pattern.slice(4) : pattern, ignoreCase ? 'i' : '');
}

/** The rules of the modelling SQL: a deployment to a production environment whose latest status is SUCCESS or INACTIVE (a success superseded). */
export function isSuccessfulProductionDeployment(node: DeploymentNode, production: RegExp): boolean {
  return (
    node.environment !== null &&
    production.test(node.environment) &&
    (node.latestStatus?.state === 'SUCCESS' || node.latestStatus?.state === 'INACTIVE')
  );
}

/** ...and a run of a deployment workflow (by name) on the default branch that concluded successfully. */
export function isSuccessfulDeploymentRun(
  run: WorkflowRunSummary,
  workflow: RegExp,
  defaultBranch: string,
): boolean {
  return (
    run.name !== null &&
    workflow.test(run.name) &&
    run.head_branch === defaultBranch &&
    run.conclusion === 'success'
  );
}

export interface DeliveryRepoInput {
  config: Config['delivery'];
  /** The run's date and the instant it runs as of. */
  date: string;
  asOf: string;
  /** The repository's state from ops.ingestion_state: when it last ran and its cursor. */
  state: { lastRun: string; cursor: Record<string, unknown> } | undefined;
  /** Compares raw holds ('base...head') and deployments already modelled ('deployment:<id>'). */
  known: ReadonlySet<string>;
}

export interface DeliveryRepoResult {
  records: CollectedDelivery[];
  /** The next state (null: keep what there is: a missing repository, or an earlier day run again). */
  cursor: DeliveryCursor | null;
  missing: boolean;
  counts: Record<string, number>;
}

/** Where a repository's reading starts, and from which production deployment its compares go. */
function windowFor(input: DeliveryRepoInput): {
  since: string;
  prior: ProductionRef | null;
  advance: boolean;
} {
  const cursor = input.state?.cursor as Partial<DeliveryCursor> | undefined;
  const backfill = new Date(Date.parse(input.asOf) - input.config.backfill_days * 86_400_000).toISOString();
  if (!input.state || !cursor?.date || !cursor.since) return { since: backfill, prior: null, advance: true };
  // The same day again: the same window, so its answers replace the first run's (drop-superseded-delivery.sql).
  if (cursor.date === input.date) return { since: cursor.since, prior: cursor.prior ?? null, advance: true };
  // An earlier day than the state's: read it whole, and leave the state where it is.
  if (cursor.date > input.date) return { since: backfill, prior: null, advance: false };
  const since = new Date(Date.parse(input.state.lastRun) - DELIVERY_LOOKBACK_MS).toISOString();
  return { since: since < backfill ? backfill : since, prior: cursor.last ?? null, advance: true };
}

const refKey = (ref: ProductionRef) => `${ref.source}:${ref.id}`;

/**
 * Reads one repository: its deployments and issues since the window's start
 * (GraphQL, 100 a page), its default branch's workflow runs created since
 * that day (REST, 100 a page), and one compare per new successful production
 * deployment whose pair of commits is not known yet and differs (a redeploy
 * of the same commit shipped nothing). A repository GitHub cannot resolve is
 * reported missing and read again next run; it does not stop the run.
 */
export async function collectDeliveryRepo(
  octokit: GitHubOctokit,
  fullName: string,
  input: DeliveryRepoInput,
): Promise<DeliveryRepoResult> {
  const counts = {
    deployment_pages: 0,
    deployments: 0,
    issue_pages: 0,
    issues: 0,
    workflow_run_pages: 0,
    workflow_runs: 0,
    production_deployments: 0,
    compares: 0,
    compares_known: 0,
    compares_identical: 0,
    compares_missing: 0,
  };
  const { since, prior, advance } = windowFor(input);
  const deployments = await listDeployments(octokit, fullName, since);
  if (deployments.missing) return { records: [], cursor: null, missing: true, counts };
  const issues = await listIssues(octokit, fullName, since);
  const runs = deployments.defaultBranch
    ? await listWorkflowRuns(octokit, fullName, deployments.defaultBranch, since)
    : { missing: false, pages: [], runs: [] };
  const records = [...deployments.pages, ...issues.pages, ...runs.pages];
  counts.deployment_pages = deployments.pages.length;
  counts.deployments = deployments.deployments.length;
  counts.issue_pages = issues.pages.length;
  counts.issues = issues.issues.length;
  counts.workflow_run_pages = runs.pages.length;
  counts.workflow_runs = runs.runs.length;

  // Successful production deployments of the window, both kinds, and the one the last run ended
  // on, oldest first (the pages reach further back than the window: those were compared before).
  const production = configPattern(input.config.production_environment);
  const workflow = configPattern(input.config.deployment_workflow);
  const found: ProductionRef[] = [
    ...deployments.deployments
      .filter((node) => isSuccessfulProductionDeployment(node, production))
      .map((node) => ({
        source: 'deployment' as const,
        id: node.databaseId,
        sha: node.commitOid,
        createdAt: node.createdAt,
      })),
    ...runs.runs
      .filter((run) => isSuccessfulDeploymentRun(run, workflow, deployments.defaultBranch ?? ''))
      .map((run) => ({
        source: 'workflow_run' as const,
        id: run.id,
        sha: run.head_sha,
        createdAt: run.created_at,
      })),
  ];
  const read = found.filter((ref) => Date.parse(ref.createdAt) >= Date.parse(since));
  counts.production_deployments = read.length;
  const chain = [
    ...new Map([...(prior ? [prior] : []), ...read].map((ref) => [refKey(ref), ref])).values(),
  ].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
  const asked = new Set<string>();
  for (let i = 1; i < chain.length; i++) {
    const previous = chain[i - 1] as ProductionRef;
    const deployment = chain[i] as ProductionRef;
    if (previous.sha === deployment.sha) {
      counts.compares_identical += 1;
      continue;
    }
    const pair = `${previous.sha}...${deployment.sha}`;
    if (input.known.has(pair) || input.known.has(refKey(deployment)) || asked.has(pair)) {
      counts.compares_known += 1;
      continue;
    }
    asked.add(pair);
    const compared = await compareCommits(octokit, fullName, previous.sha, deployment.sha);
    if (compared) {
      records.push(compared);
      counts.compares += 1;
    } else counts.compares_missing += 1;
  }
  const cursor: DeliveryCursor = { date: input.date, since, prior, last: chain.at(-1) ?? prior };
  return { records, cursor: advance ? cursor : null, missing: false, counts };
}

/**
 * Deployments, incidents and shipped commits of delivery.repos. Its estimate
 * for the quota plan: on a repository's first run, a page of deployments and
 * of issues per 30 days of backfill, as many pages of workflow runs, and a
 * compare every other day; after that two GraphQL points, a page of runs and
 * two compares a day. `bench:delivery` measures what it really spends.
 */
export const deliverySource: PipelineSource = {
  name: 'delivery',
  selectable: true,
  rawTables: ['github_delivery'],
  ...taskPerItem((config) => config.delivery.repos),
  cost: (config, known) => {
    const months = Math.ceil(config.delivery.backfill_days / 30);
    let graphqlPoints = 0;
    let coreRequests = 0;
    for (const fullName of config.delivery.repos) {
      const first = !known.state.has(deliveryStateKey(fullName));
      graphqlPoints += first ? 2 * months : 2;
      coreRequests += first ? months + Math.ceil(config.delivery.backfill_days / 2) : 3;
    }
    return { graphqlPoints, coreRequests };
  },
  async collect(context, task) {
    const { octokit, config, known, date, asOf, spool, collection } = context;
    for (const fullName of config.delivery.repos) {
      await task.task(`delivery:${fullName}`, async (t) => {
        const key = deliveryStateKey(fullName);
        const result = await collectDeliveryRepo(octokit, fullName, {
          config: config.delivery,
          date,
          asOf,
          state: known.state.get(key),
          known: known.deliveryCompares.get(fullName.toLowerCase()) ?? new Set(),
        });
        spool.add('github_delivery', result.records);
        if (result.cursor) collection.state.set(key, { lastRun: asOf, cursor: { ...result.cursor } });
        if (result.missing) {
          t.count('missing', 1);
          octokit.log.warn(
            `Delivery: GitHub does not know ${fullName} (gone, renamed or not visible); it is asked for again next run`,
          );
        }
        for (const [name, value] of Object.entries(result.counts)) t.count(name, value);
      });
    }
  },
};
