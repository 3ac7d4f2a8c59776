import type { QuotaResource } from './credential.ts';
import type { CredentialQuota } from './credential-pool.ts';
import type { GitHubClient } from './github-client.ts';

export interface QuotaPlan {
  resource: QuotaResource;
  /** What the run expects to spend. */
  needed: number;
  credentials: CredentialQuota[];
  available: number;
  /** Seconds until enough quota is there (0: it is now). */
  waitSeconds: number;
}

interface RateLimitAnswer {
  resources: Record<string, { limit: number; remaining: number; reset: number } | undefined>;
}

/**
 * Asks GitHub what each credential has left (GET /rate_limit, which costs no
 * quota) and compares it with what the run needs: when the quotas fall short,
 * how long until enough of them reset.
 */
export async function readQuotaPlan(
  client: GitHubClient,
  resource: QuotaResource,
  needed: number,
  now = Date.now(),
): Promise<QuotaPlan> {
  const pool = client.credentials;
  const credentials: CredentialQuota[] = [];
  const count = pool?.credentials.length ?? 1;
  for (let index = 0; index < count; index += 1) {
    const { data } = await client.octokit.request(
      'GET /rate_limit',
      pool ? { request: { credential: index } } : {},
    );
    const quota = (data as RateLimitAnswer).resources[resource];
    if (!quota) continue;
    pool?.record(index, {
      'x-ratelimit-resource': resource,
      'x-ratelimit-limit': quota.limit,
      'x-ratelimit-remaining': quota.remaining,
      'x-ratelimit-reset': quota.reset,
    });
    credentials.push({
      label: pool?.credentials[index]?.label ?? 'unauthenticated',
      limit: quota.limit,
      remaining: quota.remaining,
      reset: quota.reset,
    });
  }
  const available = credentials.reduce((sum, c) => sum + c.remaining, 0);
  return {
    resource,
    needed,
    credentials,
    available,
    waitSeconds: waitFor(credentials, needed, available, now),
  };
}

/** Quotas refill to their limit at their reset and every hour after. */
function waitFor(credentials: CredentialQuota[], needed: number, available: number, now: number): number {
  if (available >= needed || credentials.length === 0) return 0;
  const resets = [...credentials].sort((a, b) => (a.reset ?? 0) - (b.reset ?? 0));
  let have = available;
  for (let hour = 0; hour < 10_000; hour += 1) {
    for (const credential of resets) {
      have += credential.limit - (hour === 0 ? credential.remaining : 0);
      if (have >= needed) return Math.max(0, Math.ceil((credential.reset ?? 0) + hour * 3600 - now / 1000));
    }
  }
  return Number.MAX_SAFE_INTEGER;
}

const number = (n: number) => n.toLocaleString('en-US');

const describeCredentials = (plan: QuotaPlan) =>
  plan.credentials.map((c) => `${c.label} ${number(c.remaining)} of ${number(c.limit)}`).join(', ');

/** One line for a person: what is needed, what each credential has, and the expected wait. */
export function describeQuotaPlan(plan: QuotaPlan): string {
  const unit = plan.resource === 'graphql' ? 'GraphQL points' : `${plan.resource} requests`;
  const each = describeCredentials(plan);
  const wait =
    plan.waitSeconds === 0
      ? 'enough now'
      : `short by ${number(plan.needed - plan.available)}: expect to wait ${Math.ceil(plan.waitSeconds / 60)} min for resets`;
  return `Quota plan: ${number(plan.needed)} ${unit} needed; available ${number(plan.available)} (${each}); ${wait}.`;
}

/**
 * The star history's line: the pages it wants and what the core quota
 * allows now; it reads no more than that, so a shortfall is a slower
 * backfill, not a wait.
 */
export function describeStarHistoryPlan(plan: QuotaPlan): string {
  const each = describeCredentials(plan);
  const reads = Math.min(plan.needed, plan.available);
  const rest = reads < plan.needed ? `; the other ${number(plan.needed - reads)} wait for later runs` : '';
  return `Star history: up to ${number(plan.needed)} pages wanted, core requests available ${number(plan.available)} (${each}): reads up to ${number(reads)}${rest}.`;
}
