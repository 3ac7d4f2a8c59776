import type { PullRequestResponse, RepoDeliveryResponse } from '../../../src/api/api-schemas.ts';
import { readSettings, writeSettings } from '../shared/settings.ts';

/** One answer of the gitpulse server, or why there is none. */
export type Answer<T> =
  | { ok: true; status: number; body: T; headers: Headers }
  | { ok: false; status: number; body: { error?: string; message?: string }; headers: Headers };

export class NotConfigured extends Error {}
/** The token was refused (revoked, expired, or never valid): the person signs in again. */
export class SignedOut extends Error {}

const TIMEOUT_MS = 15_000;

/**
 * A request to the configured gitpulse server from the background worker,
 * the only part of the extension that holds the token. Nothing from the page
 * travels here but the repository's name and a PR number; no cookies are sent
 * (`credentials: 'omit'`), the token goes as `Authorization: Bearer`.
 */
export async function callGitpulse<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  options: { auth?: boolean } = {},
): Promise<Answer<T>> {
  const { server, token } = await readSettings();
  if (!server) throw new NotConfigured('no gitpulse server set');
  const auth = options.auth ?? true;
  if (auth && !token) throw new SignedOut('not signed in');
  const response = await fetch(`${server}${path}`, {
    method,
    credentials: 'omit',
    cache: 'no-store',
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(auth ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  let parsed: unknown = {};
  try {
    parsed = await response.json();
  } catch {
    // a body that is not JSON (a proxy's error page) says nothing we can show
  }
  if (auth && response.status === 401) {
    // forget the token: it will not work again, and the panels now ask to sign in
    await writeSettings({ token: '', login: '' });
    throw new SignedOut((parsed as { message?: string }).message ?? 'the token was refused');
  }
  return response.ok
    ? { ok: true, status: response.status, body: parsed as T, headers: response.headers }
    : {
        ok: false,
        status: response.status,
        body: parsed as { error?: string; message?: string },
        headers: response.headers,
      };
}

export const repoPath = (repository: string) =>
  `/api/repos/${repository
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/')}`;

export interface Me {
  login: string;
  role: string;
  scopes: string[];
  signed_in: boolean;
}
export type { PullRequestResponse, RepoDeliveryResponse };
