import { ConfigurationError } from '../user-facing-error.ts';

/**
 * Faults the replay injects, from a spec such as
 * "rate-limit=50,secondary=7,5xx=0.2,latency=300,malformed=9,timeout=11".
 *
 *   rate-limit=N       after N requests the quota is exhausted (403, remaining 0) until reset
 *   rate-limit-reset=S seconds until that quota resets (default 2)
 *   secondary=N        every Nth request hits a secondary limit (403 + retry-after: 1)
 *   5xx=F              a fraction F of requests answer 502/503 (deterministic sequence)
 *   latency=MS         every answer is delayed MS milliseconds
 *   malformed=N        every Nth answer has a truncated JSON body
 *   timeout=N          every Nth request never answers in time (held 30 s)
 */
export interface FaultPlan {
  rateLimitAfter?: number;
  rateLimitResetSeconds: number;
  secondaryEvery?: number;
  serverErrorRate?: number;
  latencyMs?: number;
  malformedEvery?: number;
  timeoutEvery?: number;
}

const KEYS: Record<string, keyof FaultPlan> = {
  'rate-limit': 'rateLimitAfter',
  'rate-limit-reset': 'rateLimitResetSeconds',
  secondary: 'secondaryEvery',
  '5xx': 'serverErrorRate',
  latency: 'latencyMs',
  malformed: 'malformedEvery',
  timeout: 'timeoutEvery',
};

export function parseFaultPlan(spec: string | undefined): FaultPlan {
  const plan: FaultPlan = { rateLimitResetSeconds: 2 };
  if (!spec) return plan;
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, raw] = part.split('=');
    const key = KEYS[name ?? ''];
    const value = Number(raw);
    if (!key || raw === undefined || !Number.isFinite(value) || value < 0) {
      throw new ConfigurationError(
        `Bad fault "${part}" in --faults "${spec}".`,
        `Use name=number pairs, names: ${Object.keys(KEYS).join(', ')} (e.g. "5xx=0.2,latency=100").`,
      );
    }
    if (key === 'serverErrorRate' && value > 1) {
      throw new ConfigurationError(`5xx=${raw} is not a fraction between 0 and 1.`, 'Use e.g. 5xx=0.2.');
    }
    plan[key] = value as never;
  }
  return plan;
}

export type InjectedFault =
  | { kind: 'none' }
  | { kind: 'rate-limit' }
  | { kind: 'secondary' }
  | { kind: 'server-error'; status: 502 | 503 }
  | { kind: 'malformed' }
  | { kind: 'timeout' };

/** Decides the fault for the nth request (1-based), the same way every run. */
export function faultFor(plan: FaultPlan, n: number): InjectedFault {
  if (plan.rateLimitAfter !== undefined && n === plan.rateLimitAfter + 1) return { kind: 'rate-limit' };
  if (plan.timeoutEvery && n % plan.timeoutEvery === 0) return { kind: 'timeout' };
  if (plan.secondaryEvery && n % plan.secondaryEvery === 0) return { kind: 'secondary' };
  if (plan.serverErrorRate && fraction(n) < plan.serverErrorRate) {
    return { kind: 'server-error', status: n % 2 === 0 ? 502 : 503 };
  }
  if (plan.malformedEvery && n % plan.malformedEvery === 0) return { kind: 'malformed' };
  return { kind: 'none' };
}

/** A deterministic, well-spread number in [0, 1) for request n. */
function fraction(n: number): number {
  let x = (n * 0x9e3779b1) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  return x / 2 ** 32;
}
