/** Sends the browser to GitHub sign-in when the server says so (auth.mode github), then back here. */
async function signInWhenAsked(response: Response): Promise<void> {
  if (response.status !== 401) return;
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { error?: string };
  if (body.error === 'sign_in_required') {
    window.location.assign(
      `/auth/login?next=${encodeURIComponent(window.location.pathname + window.location.hash)}`,
    );
  }
}

/** The API redirected (a repository's old name after a rename) and the caller asked not to follow. */
export class MovedError extends Error {}

/**
 * Typed GET against the gitpulse JSON API; the types come from the API's own zod schemas.
 * `redirect: 'manual'` turns a redirect into a MovedError: Chromium upgrades a followed
 * redirect to https under the page's upgrade-insecure-requests, which fails on plain http.
 */
export async function getJson<T>(path: string, redirect: RequestRedirect = 'follow'): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, redirect });
  if (response.type === 'opaqueredirect') throw new MovedError(`${path} moved`);
  if (!response.ok) {
    await signInWhenAsked(response);
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

/**
 * A write: with a token when the user gave one, else on the signed-in session
 * with the CSRF token /api/me hands out (auth.mode github).
 */
export async function sendJson(method: 'POST' | 'DELETE', path: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  else {
    const me = await getJson<{ csrf_token: string | null }>('/api/me');
    if (me.csrf_token) headers['x-csrf-token'] = me.csrf_token;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await signInWhenAsked(response);
  return response;
}

export const postJson = (path: string, body: unknown, token?: string) => sendJson('POST', path, body, token);
