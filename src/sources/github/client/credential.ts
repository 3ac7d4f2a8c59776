/**
 * One way to authenticate to GitHub, with its own quota: a token (classic,
 * fine-grained or an installation's), or a GitHub App installation whose
 * short-lived tokens @octokit/auth-app mints and renews. `label` names it in
 * logs and the quota plan; the secret itself is never printed.
 */
export type Credential =
  | { kind: 'token'; label: string; token: string }
  | { kind: 'app'; label: string; appId: string; privateKey: string; installationId: string };

/** The quota a request spends (x-ratelimit-resource). */
export type QuotaResource = 'core' | 'search' | 'code_search' | 'graphql';

export const resourceOf = (method: string, url: string): QuotaResource => {
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/api\/v3/, '');
  if (method === 'POST' && /\/graphql$/.test(path)) return 'graphql';
  if (path.startsWith('/search/code')) return 'code_search';
  if (path.startsWith('/search/')) return 'search';
  return 'core';
};
