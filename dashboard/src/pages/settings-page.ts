import type { CreatedToken, TokensResponse } from '../../../src/api/api-schemas.ts';
import { getJson, sendJson } from '../api-client.ts';
import { esc, table } from '../render-helpers.ts';

interface Me {
  login: string;
  role: string;
  scopes: string[];
  signed_in: boolean;
}

/** What each role may put on a token (README "Users and access"). */
const ROLE_SCOPES: Record<string, string[]> = {
  viewer: ['read'],
  member: ['read', 'track', 'ack', 'events:write'],
  admin: ['read', 'track', 'ack', 'events:write', 'admin'],
};

/**
 * Settings: who you are signed in as, your personal tokens (created here,
 * shown once, revoked here), and signing out. On this machine (auth.mode
 * local) tokens are made with `gitpulse token create` instead.
 */
export async function settingsPage(root: HTMLElement): Promise<void> {
  const [me, tokens] = await Promise.all([getJson<Me>('/api/me'), getJson<TokensResponse>('/api/tokens')]);
  const scopes = ROLE_SCOPES[me.role] ?? ['read'];
  const live = tokens.items.filter((t) => !t.revoked_at);
  const form = me.signed_in
    ? `<form class="toolbar" id="token-form">
        <input id="token-name" placeholder="what it is for" aria-label="token name" required maxlength="100" />
        ${scopes.map((s) => `<label><input type="checkbox" name="scope" value="${esc(s)}" ${s === 'read' ? 'checked' : ''} /> ${esc(s)}</label>`).join(' ')}
        <input id="token-days" type="number" min="1" max="3650" placeholder="days (empty: never)" aria-label="expires in days" />
        <button type="submit">Create token</button>
      </form>
      <p id="token-created" role="status"></p>`
    : '<p class="muted">On this machine (auth.mode local) tokens are made with <code>gitpulse token create</code>.</p>';
  root.innerHTML = `
    <h1>Settings</h1>
    <p>${me.signed_in ? `Signed in as <strong>${esc(me.login)}</strong> (${esc(me.role)}). <button id="sign-out" type="button">Sign out</button>` : 'The local user of this machine (every role).'}</p>
    <h2>Personal tokens</h2>
    ${form}
    ${table(
      live,
      [
        { label: 'name', cell: (t) => esc(t.name) },
        { label: 'token', cell: (t) => `<code>gpt_…${esc(t.last_four)}</code>` },
        { label: 'scopes', cell: (t) => esc(t.scopes.join(' ')) },
        { label: 'expires', cell: (t) => esc(t.expires_at ?? 'never'), nowrap: true },
        { label: 'last used', cell: (t) => esc(t.last_used_at ?? 'never'), nowrap: true },
        {
          label: '',
          cell: (t) =>
            me.signed_in ? `<button type="button" data-revoke="${t.token_id}">Revoke</button>` : '',
        },
      ],
      'No tokens yet.',
    )}`;
  root.querySelector('#token-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const days = (root.querySelector('#token-days') as HTMLInputElement).value;
    const response = await sendJson('POST', '/api/tokens', {
      name: (root.querySelector('#token-name') as HTMLInputElement).value,
      scopes: [...root.querySelectorAll<HTMLInputElement>('input[name=scope]:checked')].map(
        (box) => box.value,
      ),
      ...(days ? { expires_days: Number(days) } : {}),
    });
    const created = (await response.json()) as CreatedToken & { message?: string };
    await settingsPage(root);
    const shown = root.querySelector('#token-created') as HTMLElement;
    shown.innerHTML = response.ok
      ? `Copy it now, it is not shown again: <code id="new-token">${esc(created.token)}</code>`
      : esc(created.message ?? `refused (${response.status})`);
    shown.className = response.ok ? 'ok' : 'bad';
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-revoke]')) {
    button.addEventListener('click', async () => {
      await sendJson('DELETE', `/api/tokens/${button.dataset.revoke}`);
      await settingsPage(root);
    });
  }
  root.querySelector('#sign-out')?.addEventListener('click', async () => {
    await sendJson('POST', '/auth/logout');
    window.location.assign('/');
  });
}
