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

/** Typed GET against the gitpulse JSON API; the types come from the API's own zod schemas. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
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
