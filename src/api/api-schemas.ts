import { z } from 'zod';

/** Query, path and response shapes of the JSON API: validated at the edge, typed in the dashboard. */

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
// Query strings are strict: an unknown parameter is a 400, not a silent miss of the response cache.
export const pageQuery = z.strictObject({
  limit: limit(100, 25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** A list answer: its `items`, after what the list is of (`about`, in that order). */
const listOf = <Item extends z.ZodType, About extends z.ZodRawShape = Record<never, never>>(
  item: Item,
  about?: About,
) => z.object({ ...(about as About), items: z.array(item) });
/** A list of the latest day's figures, with that day (null before the first snapshot). */
const ofLatestSnapshot = <Item extends z.ZodType>(item: Item) =>
  listOf(item, { snapshot_date: z.string().nullable() });

/** A ?name=true|false query parameter, false when absent. */
export const queryFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

export const trendingQuery = pageQuery.extend({
  language: z.string().min(1).max(50).optional(),
  window: z
    .enum(['momentum', '1d', '7d'])
    .default('momentum')
    .describe('order by momentum, 1-day or 7-day star gain'),
  rising: queryFlag.describe('only repositories created in the last 30 days'),
});

export const trendingRepo = z.object({
  repo_full_name: z.string(),
  language: z.string().nullable(),
  description: z.string().nullable(),
  stars: z.number(),
  forks: z.number(),
  open_issues: z.number(),
  star_velocity: z.number().nullable(),
  star_velocity_7d: z.number().nullable(),
  activity_score: z.number().nullable(),
  momentum_score: z.number().nullable(),
  rank_overall: z.number().nullable(),
  rank_in_language: z.number().nullable(),
  render_category: z.string().nullable(),
  created_at: z.string().nullable(),
  snapshot_date: z.string(),
});
export const trendingResponse = ofLatestSnapshot(trendingRepo);

export const languageSummary = z.object({
  language_name: z.string(),
  repos: z.number(),
  stars: z.number(),
  star_velocity_7d: z.number(),
});
export const languagesResponse = ofLatestSnapshot(languageSummary);

export const languageRanking = z.object({
  rank_in_language: z.number().nullable(),
  repo_full_name: z.string(),
  stars: z.number(),
  star_velocity: z.number().nullable(),
  momentum_score: z.number().nullable(),
  uses_render: z.boolean(),
});
export const rankingsResponse = listOf(languageRanking, { language: z.string() });

export const renderRepo = z.object({
  repo_full_name: z.string(),
  render_category: z.string().nullable(),
  language: z.string().nullable(),
  stars: z.number(),
  star_velocity: z.number().nullable(),
  activity_score: z.number().nullable(),
  momentum_score: z.number().nullable(),
  service_types: z.array(z.string()),
});
export const renderResponse = listOf(renderRepo);

export const repoParams = z.object({
  owner: z.string().regex(/^[\w.-]+$/),
  name: z.string().regex(/^[\w.-]+$/),
});
export const repoResponse = z.object({
  repo_full_name: z.string(),
  aliases: z
    .array(z.string())
    .describe(
      'names it had before a rename or transfer on GitHub, newest first; the API redirects them here',
    ),
  description: z.string().nullable(),
  language: z.string().nullable(),
  repo_url: z.string().nullable(),
  render_category: z.string().nullable(),
  topics: z.array(z.string()),
  license_spdx: z.string().nullable(),
  /** GitHub's visibility: a private repository is shown only to those GitHub lets read it. */
  is_private: z.boolean(),
  company: z.string().nullable(),
  current: trendingRepo
    .omit({
      description: true,
      language: true,
      repo_full_name: true,
      render_category: true,
      created_at: true,
    })
    .nullable(),
  versions: z.array(
    z.object({
      repo_full_name: z.string(),
      valid_from: z.string(),
      valid_to: z.string().nullable(),
      description: z.string().nullable(),
      language: z.string().nullable(),
      render_category: z.string().nullable(),
    }),
  ),
  series: z.array(
    z.object({ snapshot_date: z.string(), stars: z.number(), forks: z.number(), open_issues: z.number() }),
  ),
  languages: z.array(z.object({ language_name: z.string(), bytes: z.number() })),
});

const isoDay = z.iso.date();
/** ?from=&to= days, each optional: what an absent one means is said in its description. */
const dayRange = (from: string, to: string) =>
  z.strictObject({ from: isoDay.optional().describe(from), to: isoDay.optional().describe(to) });
export const activityQuery = dayRange(
  'first day (default: 365 days before `to`)',
  'last day (default: today, UTC)',
);
export const activityResponse = z.object({
  repository: z.string(),
  repo_id: z.number(),
  from: z.string(),
  to: z.string(),
  tracked_since: z.string().nullable(),
  /** Counts of captured events per day: a sample of what GitHub saw, never exact counts. */
  activity: z.array(
    z.object({
      day: z.string(),
      stars: z.number(),
      forks: z.number(),
      prs_opened: z.number(),
      prs_merged: z.number(),
      issues_opened: z.number(),
      pushes: z.number(),
      actors: z.number(),
    }),
  ),
  coverage: z.object({
    ratio: z.number().nullable(),
    reference: z.enum(['star_history', 'snapshots']),
    overlap_from: z.string().nullable(),
    overlap_to: z.string().nullable(),
    event_star_gain: z.number(),
    reference_star_gain: z.number(),
  }),
  star_history: z.array(
    z.object({
      day: z.string(),
      snapshot_stars: z.number().nullable(),
      estimated_stars: z.number().nullable(),
    }),
  ),
  note: z.string(),
});

export const starsQuery = dayRange(
  'first day (default: the repository creation day)',
  'last day (default: the latest figure)',
);
export const starHistoryDay = z.object({
  day: z.string(),
  stars: z
    .number()
    .nullable()
    .describe("the day's figure: snapshot, else star webhook, else retained cumulative"),
  source: z.enum(['snapshot', 'webhook', 'star_history']).nullable(),
  stars_retained: z.number().describe('stars given that day and still there (GitHub stargazers/history)'),
  retained_cumulative: z
    .number()
    .nullable()
    .describe('their running total from the first day; null until the backfill is complete'),
  snapshot_stars: z.number().nullable().describe("stargazers_count of gitpulse's snapshot that day"),
  live_stars: z.number().nullable().describe('stargazers_count of a star webhook that day'),
  stars_taken_back: z
    .number()
    .nullable()
    .describe('snapshot − retained cumulative: given up to that day, removed since'),
});
export const starsResponse = z.object({
  repository: z.string(),
  github_id: z.number(),
  created_at: z.string().nullable(),
  tracked_since: z.string().nullable().describe("the first day of gitpulse's own daily snapshots"),
  history: z.object({
    complete: z.boolean().describe("every page of GitHub's stargazers/history was read"),
    first_day: z.string().nullable(),
    next_page: z.number().nullable().describe('where an unfinished backfill resumes'),
    fetched_at: z.string().nullable(),
  }),
  note: z.string(),
  items: z.array(starHistoryDay),
});

export const companySummary = z.object({
  company_name: z.string(),
  repo_count: z.number(),
  total_stars: z.number(),
  total_forks: z.number(),
});
export const companiesResponse = listOf(companySummary);
export const companyParams = z.object({ org: z.string().regex(/^[A-Za-z0-9-]+$/) });
export const companyResponse = z.object({
  company: companySummary,
  top_forked: z.array(
    z.object({ repo_full_name: z.string(), forks: z.number(), stars: z.number(), fork_rank: z.number() }),
  ),
  languages: z.array(
    z.object({
      language_name: z.string(),
      repo_count: z.number(),
      total_bytes: z.number(),
      share_percent: z.number().nullable(),
    }),
  ),
});

export const runSummary = z.object({
  run_id: z.string(),
  run_type: z.string(),
  run_date: z.string().nullable(),
  status: z.string().nullable(),
  started_at: z.string(),
  completed_at: z.string().nullable(),
  execution_time_seconds: z.number().nullable(),
  repos_processed: z.number().nullable(),
  github_requests: z.number().nullable(),
  github_points: z.number().nullable(),
  github_retries: z.number(),
  github_not_modified: z.number(),
  /** Tracked repositories GitHub no longer resolved in this run (README "Sources"). */
  repos_gone: z.number(),
  error_message: z.string().nullable(),
});
export const runsResponse = listOf(runSummary);
export const runParams = z.object({
  id: z
    .string()
    .regex(/^[\w-]+$/)
    .max(50),
});
export const runResponse = runSummary.extend({ task_tree: z.unknown() });

export const qualityResponse = z.object({
  run_id: z.string().nullable(),
  checks: z.array(
    z.object({
      check_name: z.string(),
      passed: z.boolean(),
      observed: z.number(),
      details: z.string().nullable(),
    }),
  ),
  history: z.array(
    z.object({ run_id: z.string(), checked_at: z.string(), passed: z.number(), failed: z.number() }),
  ),
});

export const errorResponse = z.object({ error: z.string(), message: z.string() });

export type TrendingResponse = z.infer<typeof trendingResponse>;
export type LanguagesResponse = z.infer<typeof languagesResponse>;
export type RankingsResponse = z.infer<typeof rankingsResponse>;
export type RenderResponse = z.infer<typeof renderResponse>;
export type RepoResponse = z.infer<typeof repoResponse>;
export type ActivityResponse = z.infer<typeof activityResponse>;
export type StarsResponse = z.infer<typeof starsResponse>;
export type CompaniesResponse = z.infer<typeof companiesResponse>;
export type CompanyResponse = z.infer<typeof companyResponse>;
export type RunsResponse = z.infer<typeof runsResponse>;
export type RunResponse = z.infer<typeof runResponse>;
export type QualityResponse = z.infer<typeof qualityResponse>;

/** Which pull request a row is about, and its title and author, as the PR lists name it. */
const prHeading = {
  repository: z.string(),
  pr_number: z.number(),
  title: z.string(),
  author: z.string().nullable(),
};
export const pullRequest = z.object({
  ...prHeading,
  branch_name: z.string().nullable(),
  commit_sha: z.string().nullable(),
  state: z.string().nullable(),
  additions: z.number().nullable(),
  deletions: z.number().nullable(),
  processed: z.boolean().nullable(),
  updated_at: z.string(),
  status_pr: z.string().nullable(),
  status_build: z.string().nullable(),
  status_approval: z.string().nullable(),
  status_merge: z.string().nullable(),
  risk_level: z.string().nullable(),
  risk_summary: z.string().nullable(),
  url: z.string(),
  /** When the deployment that shipped it to production finished (README "Delivery metrics"); null until then. */
  deployed_at: z.string().nullable(),
});
export const pullRequestsResponse = listOf(pullRequest);

export const prMetricsQuery = z.object({
  repository: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name')
    .optional(),
  weeks: z.coerce.number().int().min(1).max(520).default(12),
  /** Count bots' PRs in (GitHub's Bot type, [bot] logins, delivery.bots); by default they are only counted apart. */
  include_bots: queryFlag,
});
export const prWeek = z.object({
  repository: z.string(),
  week: z.string(),
  prs_opened: z.number(),
  prs_merged: z.number(),
  median_hours_to_first_review: z.number().nullable(),
  median_hours_to_approval: z.number().nullable(),
  median_hours_to_merge: z.number().nullable(),
  mean_review_rounds: z.number().nullable(),
  high_risk_share: z.number().nullable(),
  /** Bots' PRs opened and merged that week, left out of the figures above unless include_bots. */
  bot_prs_opened: z.number(),
  bot_prs_merged: z.number(),
});
export const prMetricsResponse = listOf(prWeek);
export type PrMetricsResponse = z.infer<typeof prMetricsResponse>;

export const insightsQuery = pageQuery.extend({
  processed: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  include_bots: queryFlag,
});
export const insight = z.object({
  id: z.string(),
  repository: z.string(),
  pr_number: z.number(),
  commit_sha: z.string().nullable(),
  risk_level: z.string().nullable(),
  summary: z.string().nullable(),
  recommendation: z.string().nullable(),
  factors: z.array(z.object({ factor: z.string(), points: z.number(), detail: z.string() })),
  processed: z.boolean().nullable(),
  /** Who wrote summary and recommendation: 'deterministic' or the LLM provider ('chat-completions'). */
  provider: z.string(),
  model: z.string().nullable(),
  /** Why the LLM's wording failed, when it did (the deterministic text stands). */
  llm_error: z.string().nullable(),
  created_at: z.string(),
  /** Whether a bot wrote the PR (listed only with include_bots=true; never alerted). */
  is_bot: z.boolean(),
});
export const insightsResponse = listOf(insight);
export type PullRequestsResponse = z.infer<typeof pullRequestsResponse>;

export const backfillStatus = z.object({
  /** Days committed so far, of `days`. */
  done: z.number(),
  days: z.number(),
  /** The day being ingested now. */
  current: z.string().nullable(),
});
export type BackfillStatus = z.infer<typeof backfillStatus>;

export const aboutResponse = z.object({
  /** Who answered the latest run's GitHub calls: 'replay' means the offline demo data; null before any run. */
  data_source: z.enum(['github', 'replay']).nullable(),
  /** While `gitpulse start` backfills behind the server: how far it is; otherwise null. */
  backfill: backfillStatus.nullable(),
});
export type AboutResponse = z.infer<typeof aboutResponse>;

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).describe('part of owner/name, any case'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const searchResponse = listOf(
  z.object({
    repo_full_name: z.string(),
    aliases: z.array(z.string()).describe('names it had before a rename or transfer, newest first'),
    language: z.string().nullable(),
    description: z.string().nullable(),
    stars: z.number().nullable(),
  }),
);
export type SearchResponse = z.infer<typeof searchResponse>;

export const trackRequestBody = z.strictObject({
  repository: z
    .string()
    .trim()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name, e.g. rust-lang/rust'),
});
export const trackingRequest = z.object({
  repository: z.string(),
  /** pending until the next run reads it; tracked once in the warehouse; not_found when GitHub answered 404. */
  status: z.enum(['pending', 'tracked', 'not_found']),
  requested_at: z.string(),
  updated_at: z.string(),
});
export const trackingResponse = listOf(trackingRequest);
/** What POST /api/tracked answers, 202 when the request waits for the next run, 200 when it is tracked already. */
export const trackedAnswer = z.object({ repository: z.string(), status: z.string() });
export type TrackingResponse = z.infer<typeof trackingResponse>;

export const apiToken = z.object({
  token_id: z.number(),
  owner: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  last_four: z.string(),
  created_at: z.string(),
  expires_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export const tokensResponse = listOf(apiToken);
export type TokensResponse = z.infer<typeof tokensResponse>;
export const tokensQuery = z.strictObject({
  all: queryFlag.describe("everyone's tokens (admins)"),
});
export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(['read', 'track', 'ack', 'events:write', 'admin'])).min(1),
  expires_days: z.number().int().min(1).max(3650).optional(),
});
export const createdToken = z.object({
  token: z.string().describe('shown once: gitpulse keeps only its hash'),
  token_id: z.number(),
  scopes: z.array(z.string()),
  expires_at: z.string().nullable(),
});
export type CreatedToken = z.infer<typeof createdToken>;

/** The device flow (`gitpulse login`): what GitHub told the server, passed on to the CLI. */
export const deviceCodeResponse = z.object({
  device_code: z.string().describe('what the CLI polls /auth/device/token with; kept by the CLI alone'),
  user_code: z.string().describe('what the person enters at verification_uri'),
  verification_uri: z.string(),
  expires_in: z.number().describe('seconds until the codes expire'),
  interval: z.number().describe('seconds to wait between polls'),
});
export type DeviceCodeResponse = z.infer<typeof deviceCodeResponse>;
export const deviceTokenBody = z.strictObject({
  device_code: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(100).optional().describe('the token’s name (default: gitpulse login)'),
});
export const deviceSignedIn = createdToken.extend({
  login: z.string(),
  role: z.enum(['viewer', 'member', 'admin']),
});
export type DeviceSignedIn = z.infer<typeof deviceSignedIn>;
/** Not yet: poll again after `interval` seconds (authorization_pending, slow_down; the rate limit's 429 too). */
export const deviceWait = errorResponse.extend({
  interval: z.number().optional().describe('seconds to wait before the next poll'),
});
export type DeviceWait = z.infer<typeof deviceWait>;

/** Delivery metrics (README "Delivery metrics", SPEC section 11). */
const periodKind = z.enum(['week', 'month']);
const scopeKind = z.enum(['all', 'org', 'repository']);
export const deliveryQuery = z.strictObject({
  period: periodKind.default('week'),
  /** How many of the latest periods with data. */
  periods: z.coerce.number().int().min(1).max(104).default(12),
  /** Which scope kind: everything together, per tracked org, or per repository. */
  scope: scopeKind.default('all'),
  /** Count bots' PRs in (GitHub's Bot type, [bot] logins, delivery.bots); by default they are only counted apart. */
  include_bots: queryFlag,
});
export const repoDeliveryQuery = deliveryQuery.omit({ scope: true });
/** A DORA 2023 band: elite, high, medium, low, or 'no deployments' (analytics.dora_metrics). */
const band = z.string();
export const doraPeriod = z.object({
  scope_kind: z.string(),
  scope: z.string(),
  period_kind: z.string(),
  period_start: z.string(),
  period_end: z.string(),
  /** 'no deployments' for a period without a finished production deployment: its rates are not 0, they are unknown. */
  note: z.string().nullable(),
  deployments: z.number(),
  successful_deployments: z.number(),
  deployment_days: z.number(),
  days_per_week: z.number().nullable(),
  deployment_frequency_band: band,
  deployed_prs: z.number(),
  lead_time_hours: z.number().nullable(),
  lead_time_band: band,
  deployments_with_incidents: z.number(),
  change_failure_rate: z.number().nullable(),
  change_failure_band: band,
  incidents_resolved: z.number(),
  recovery_hours: z.number().nullable(),
  recovery_band: band,
  rework_deployments: z.number(),
  rework_rate: z.number().nullable(),
});
export const deliveredPr = z.object({
  ...prHeading,
  is_bot: z.boolean(),
  merged_at: z.string(),
  deployed_at: z.string().nullable(),
  deployment_source: z.string().nullable(),
  deployment_id: z.number().nullable(),
  coding_hours: z.number().nullable(),
  pickup_hours: z.number().nullable(),
  review_hours: z.number().nullable(),
  deploy_hours: z.number().nullable(),
  cycle_hours: z.number().nullable(),
});
export const productionDeployment = z.object({
  repository: z.string(),
  source: z.string(),
  deployment_id: z.number(),
  environment: z.string().nullable(),
  name: z.string().nullable(),
  sha: z.string(),
  status: z.string(),
  started_at: z.string(),
  finished_at: z.string(),
  url: z.string().nullable(),
  incidents: z.number(),
  is_rework: z.boolean(),
});
/** The periods' figures and the PRs behind their lead times. */
const delivered = {
  items: z.array(doraPeriod),
  /** Merged PRs by bots, left out of lead time unless include_bots (then their rows are in `prs`). */
  bot_prs: z.number(),
  prs: z.array(deliveredPr),
};
export const deliveryResponse = z.object({ period: periodKind, scope: scopeKind, ...delivered });
export const repoDeliveryResponse = z.object({
  repository: z.string(),
  period: periodKind,
  ...delivered,
  deployments: z.array(productionDeployment),
});
export type DeliveryResponse = z.infer<typeof deliveryResponse>;
export type RepoDeliveryResponse = z.infer<typeof repoDeliveryResponse>;

/** Client events (SPEC section 12, README "Browser extension"): what the extension may report, nothing more. */
const clientEventBase = {
  /** Made by the client, kept when it retries: the same id is stored once. */
  id: z.string().regex(/^[\w-]{8,100}$/, 'expected 8–100 letters, digits, - or _ (a UUID)'),
  occurred_at: z.iso.datetime({ offset: true }),
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name'),
};
const prNumber = z.number().int().positive().max(2_147_483_647);
/** Strict objects: a field the type does not name (page content, say) refuses the event. */
export const clientEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('repository_viewed'), ...clientEventBase }),
  z.strictObject({ type: z.literal('pull_request_viewed'), ...clientEventBase, pr_number: prNumber }),
  z.strictObject({ type: z.literal('panel_opened'), ...clientEventBase, pr_number: prNumber.optional() }),
  z.strictObject({ type: z.literal('track_clicked'), ...clientEventBase }),
]);
export type ClientEvent = z.infer<typeof clientEvent>;
export const CLIENT_EVENT_TYPES = clientEvent.options.map((o) => o.shape.type.value);
/** At most this many events a request. */
export const CLIENT_EVENTS_PER_BATCH = 100;
export const clientEventsBody = z.strictObject({
  client: z.strictObject({
    name: z.string().regex(/^[\w.-]{1,64}$/),
    version: z.string().regex(/^[\w.+-]{1,32}$/),
  }),
  /** Each item is validated on its own, so one bad event refuses only itself. */
  events: z.array(z.unknown()).min(1).max(CLIENT_EVENTS_PER_BATCH),
});
export const clientEventsResponse = z.object({
  accepted: z.number(),
  /** Events stored before (the same id from the same user): a retried batch. */
  duplicates: z.number(),
  refused: z.array(z.object({ index: z.number(), id: z.string().nullable(), reason: z.string() })),
});
export const viewsQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30) });
export const repoViewsResponse = listOf(
  z.object({ login: z.string(), views: z.number(), last_viewed_at: z.string() }),
  { repository: z.string(), days: z.number(), views: z.number(), viewers: z.number() },
);
export const teamViewsQuery = viewsQuery.extend({ limit: limit(200, 50) });
export const teamViewsResponse = listOf(
  z.object({ repository: z.string(), views: z.number(), viewers: z.number(), last_viewed_at: z.string() }),
  { days: z.number() },
);
export type RepoViewsResponse = z.infer<typeof repoViewsResponse>;
export type TeamViewsResponse = z.infer<typeof teamViewsResponse>;
export const pullRequestParams = repoParams.extend({
  number: z.coerce.number().int().positive().max(2_147_483_647),
});
export const pullRequestResponse = pullRequest.extend({
  /** The latest risk insight of the PR (bots' too: this is the PR's own page), null before one. */
  insight: insight
    .pick({
      risk_level: true,
      summary: true,
      recommendation: true,
      factors: true,
      is_bot: true,
      created_at: true,
    })
    .nullable(),
});
export type PullRequestResponse = z.infer<typeof pullRequestResponse>;
