import { readFileSync } from 'node:fs';
import { createAppAuth } from '@octokit/auth-app';
import { request as octokitRequest } from '@octokit/request';
import type { Credential, QuotaResource } from './credential.ts';

interface Quota {
  limit: number;
  remaining: number;
  /** Epoch seconds when the quota refills. */
  reset: number;
}

/** GitHub's quota per credential before a response says otherwise. */
const DEFAULT_LIMITS: Record<QuotaResource, number> = {
  core: 5000,
  graphql: 5000,
  search: 30,
  code_search: 10,
};

export interface CredentialQuota {
  label: string;
  limit: number;
  remaining: number;
  reset: number | null;
}

/**
 * Several credentials, each with its own quota per resource, learned from the
 * x-ratelimit-* headers of its answers. Each request goes to the credential
 * with the most quota left for its resource, so the work spreads across them
 * and an exhausted one is passed over until its reset.
 */
export class CredentialPool {
  readonly credentials: readonly Credential[];
  private readonly quotas: Map<QuotaResource, Quota>[];
  private readonly appAuths: (ReturnType<typeof createAppAuth> | null)[];

  constructor(
    credentials: readonly Credential[],
    baseUrl: string,
    private readonly now = () => Date.now(),
  ) {
    if (credentials.length === 0) throw new Error('a credential pool needs at least one credential');
    this.credentials = credentials;
    this.quotas = credentials.map(() => new Map());
    this.appAuths = credentials.map((credential) =>
      credential.kind === 'app'
        ? createAppAuth({
            appId: credential.appId,
            privateKey: readPrivateKey(credential.privateKey),
            installationId: credential.installationId,
            request: octokitRequest.defaults({ baseUrl: baseUrl.replace(/\/$/, '') }),
          })
        : null,
    );
  }

  /** What is left of `resource` for credential `index`; a quota past its reset counts as full. */
  quota(index: number, resource: QuotaResource): CredentialQuota {
    const label = this.credentials[index]?.label ?? `credential ${index}`;
    const known = this.quotas[index]?.get(resource);
    if (!known || known.reset * 1000 <= this.now())
      return {
        label,
        limit: known?.limit ?? DEFAULT_LIMITS[resource],
        remaining: known?.limit ?? DEFAULT_LIMITS[resource],
        reset: null,
      };
    return { label, ...known };
  }

  /** The credential with the most quota left for `resource`, among those not in `skip`; the first on a tie. */
  pick(resource: QuotaResource, skip: ReadonlySet<number> = new Set()): number {
    let best = -1;
    let bestRemaining = Number.NEGATIVE_INFINITY;
    this.credentials.forEach((_credential, index) => {
      if (skip.has(index)) return;
      const { remaining } = this.quota(index, resource);
      if (remaining > bestRemaining) {
        best = index;
        bestRemaining = remaining;
      }
    });
    return best === -1 ? 0 : best;
  }

  /** Whether a credential outside `skip` still has quota for `resource`. */
  hasQuotaBesides(resource: QuotaResource, skip: ReadonlySet<number>): boolean {
    return this.credentials.some(
      (_c, index) => !skip.has(index) && this.quota(index, resource).remaining > 0,
    );
  }

  /** The Authorization header for credential `index` (an App mints and renews installation tokens). */
  async authorization(index: number): Promise<string> {
    const credential = this.credentials[index];
    if (!credential) throw new Error(`no credential ${index}`);
    if (credential.kind === 'token') return `token ${credential.token}`;
    const auth = this.appAuths[index] as ReturnType<typeof createAppAuth>;
    const { token } = await auth({ type: 'installation' });
    return `token ${token}`;
  }

  /** Learns a credential's quota from an answer's x-ratelimit-* headers. */
  record(index: number, headers: Record<string, string | number | undefined> | undefined): void {
    const resource = headers?.['x-ratelimit-resource'] as QuotaResource | undefined;
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    if (!resource || !(resource in DEFAULT_LIMITS) || Number.isNaN(remaining)) return;
    this.quotas[index]?.set(resource, {
      limit: Number(headers?.['x-ratelimit-limit'] ?? DEFAULT_LIMITS[resource]),
      remaining,
      reset: Number(headers?.['x-ratelimit-reset'] ?? 0),
    });
  }
}

/** GITHUB_APP_PRIVATE_KEY is the PEM itself (newlines may be escaped as \n) or the path of a .pem file. */
function readPrivateKey(value: string): string {
  if (value.includes('-----BEGIN')) return value.replace(/\\n/g, '\n');
  return readFileSync(value, 'utf8');
}
