import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { escapeHtml } from '../escape-html.ts';
import {
  findReplayUser,
  REPLAY_ORGS,
  REPLAY_PRIVATE_REPOS,
  REPLAY_TEAMS,
  REPLAY_USERS,
  type ReplayUser,
} from './replay-people.ts';
import { GITHUB_DOCS } from './rest-objects.ts';

/*
 * GitHub's sign-in, as GitHub answers it (SPEC section 6): the web flow
 * (/login/oauth/authorize, where a tester picks one of the replay's users,
 * then /login/oauth/access_token), the device flow (/login/device/code, a
 * /login/device page to approve a code, polling /login/oauth/access_token),
 * and what a user token reads (/user, /user/orgs, /user/teams, /user/repos;
 * a private repository it may not read is a 404, as on GitHub). Errors of the
 * token endpoint come back with HTTP 200 and an `error` field, as GitHub's do;
 * JSON when asked for (Accept: application/json, as Octokit asks), else form-encoded.
 */

const CODE_TTL_MS = 10 * 60_000;
const DEVICE_TTL_S = 900;
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

interface WebCode {
  clientId: string;
  redirectUri: string;
  login: string;
  scope: string;
  expiresAt: number;
}
interface DeviceCode {
  clientId: string;
  userCode: string;
  scope: string;
  expiresAt: number;
  login?: string;
  denied?: boolean;
}

export interface ReplaySignIn {
  /** Seconds a device-flow client is told to wait between polls (GitHub says 5). */
  deviceInterval: number;
  /** User tokens handed out, by token. */
  readonly tokens: Map<string, { login: string; scope: string }>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · GitHub (replay)</title></head>` +
  `<body style="font-family:system-ui;max-width:36rem;margin:3rem auto"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
const token = (prefix: string) => `${prefix}_replay${randomBytes(16).toString('hex')}`;

export function registerSignInRoutes(app: FastifyInstance, signIn: ReplaySignIn): void {
  const codes = new Map<string, WebCode>();
  const devices = new Map<string, DeviceCode>();
  const { tokens } = signIn;

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.get('/login/oauth/authorize', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    if (!query.client_id || !query.redirect_uri) {
      return reply
        .code(404)
        .type('text/html')
        .send(page('Not found', '<p>client_id and redirect_uri are required.</p>'));
    }
    const grant = (login: string) => {
      const params = new URLSearchParams({ ...(query as Record<string, string>), login });
      return `/login/oauth/authorize/grant?${params}`;
    };
    const denied = new URL(query.redirect_uri);
    denied.searchParams.set('error', 'access_denied');
    if (query.state) denied.searchParams.set('state', query.state);
    const choices = REPLAY_USERS.map(
      (user) =>
        `<li><a data-login="${user.login}" href="${escapeHtml(grant(user.login))}">Sign in as ${escapeHtml(user.login)}</a> — ${escapeHtml(user.name)}</li>`,
    ).join('');
    return reply
      .type('text/html')
      .send(
        page(
          'Authorize application',
          `<p>The replay's users; pick the one to sign in as.</p><ul>${choices}</ul><p><a href="${escapeHtml(denied.toString())}">Cancel</a></p>`,
        ),
      );
  });

  app.get('/login/oauth/authorize/grant', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const user = findReplayUser(query.login ?? '');
    if (!user || !query.client_id || !query.redirect_uri) return reply.code(404).send(page('Not found', ''));
    const code = randomBytes(10).toString('hex');
    codes.set(code, {
      clientId: query.client_id,
      redirectUri: query.redirect_uri,
      login: user.login,
      scope: query.scope ?? '',
      expiresAt: Date.now() + CODE_TTL_MS,
    });
    const back = new URL(query.redirect_uri);
    back.searchParams.set('code', code);
    if (query.state) back.searchParams.set('state', query.state);
    return reply.redirect(back.toString(), 302);
  });

  app.post('/login/device/code', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string | undefined>;
    if (!body.client_id) return answer(request, reply, { error: 'unauthorized_client' });
    const deviceCode = randomBytes(20).toString('hex');
    const userCode = `${randomBytes(2).toString('hex')}-${randomBytes(2).toString('hex')}`.toUpperCase();
    devices.set(deviceCode, {
      clientId: body.client_id,
      userCode,
      scope: body.scope ?? '',
      expiresAt: Date.now() + DEVICE_TTL_S * 1000,
    });
    return answer(request, reply, {
      device_code: deviceCode,
      user_code: userCode,
      verification_uri: `${origin(request)}/login/device`,
      expires_in: DEVICE_TTL_S,
      interval: signIn.deviceInterval,
    });
  });

  // Where a person types the code a device shows, and picks who they are.
  app.get('/login/device', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const userCode = (query.user_code ?? '').trim().toUpperCase();
    const device = [...devices.values()].find((d) => d.userCode === userCode && d.expiresAt > Date.now());
    const user = findReplayUser(query.login ?? '');
    if (device && user && !device.login) {
      device.login = user.login;
      return reply
        .type('text/html')
        .send(page('Device activated', `<p>${escapeHtml(user.login)} may close this page.</p>`));
    }
    const choices = REPLAY_USERS.map(
      (u) => `<button name="login" value="${u.login}">Continue as ${escapeHtml(u.login)}</button> `,
    ).join('');
    const note = userCode && !device ? '<p role="alert">That code is unknown or expired.</p>' : '';
    return reply
      .type('text/html')
      .send(
        page(
          'Device activation',
          `${note}<form method="get" action="/login/device"><label>Code <input name="user_code" value="${escapeHtml(userCode)}" autocomplete="off"></label><p>${choices}</p></form>`,
        ),
      );
  });

  app.post('/login/oauth/access_token', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string | undefined>;
    if (body.grant_type === DEVICE_GRANT) {
      const device = devices.get(body.device_code ?? '');
      if (!device || device.clientId !== body.client_id)
        return answer(request, reply, error('incorrect_device_code'));
      if (device.expiresAt < Date.now()) return answer(request, reply, error('expired_token'));
      if (device.denied) return answer(request, reply, error('access_denied'));
      if (!device.login) return answer(request, reply, error('authorization_pending'));
      devices.delete(body.device_code ?? '');
      return answer(request, reply, grantToken(device.login, device.scope));
    }
    if (!body.client_id || !body.client_secret)
      return answer(request, reply, error('incorrect_client_credentials'));
    const code = codes.get(body.code ?? '');
    codes.delete(body.code ?? '');
    if (!code || code.expiresAt < Date.now() || code.clientId !== body.client_id)
      return answer(request, reply, error('bad_verification_code'));
    if (body.redirect_uri && body.redirect_uri !== code.redirectUri)
      return answer(request, reply, error('redirect_uri_mismatch'));
    return answer(request, reply, grantToken(code.login, code.scope));
  });

  const grantToken = (login: string, scope: string) => {
    const accessToken = token('gho');
    tokens.set(accessToken, { login, scope });
    return { access_token: accessToken, token_type: 'bearer', scope };
  };

  const userOf = (request: FastifyRequest): ReplayUser | undefined => {
    const given = /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const holder = tokens.get(given);
    return holder ? findReplayUser(holder.login) : undefined;
  };
  const badCredentials = (reply: FastifyReply) =>
    reply.code(401).send({ message: 'Requires authentication', documentation_url: `${GITHUB_DOCS}/rest` });

  // A user's token sees a private repository only when GitHub lets that user read it;
  // gitpulse's own (collecting) tokens, as an org's app would, see them all.
  app.addHook('onRequest', async (request, reply) => {
    const [, owner, name] = /^\/repos\/([^/?]+)\/([^/?]+)/.exec(request.url) ?? [];
    if (!owner || !name) return;
    const user = userOf(request);
    const hidden = REPLAY_PRIVATE_REPOS.find(
      (repo) => repo.fullName.toLowerCase() === `${owner}/${name}`.toLowerCase(),
    );
    if (user && hidden && !hidden.readers.includes(user.login))
      return reply.code(404).send({ message: 'Not Found', documentation_url: `${GITHUB_DOCS}/rest` });
  });
  app.get('/user/repos', async (request, reply) => {
    const user = userOf(request);
    if (!user) return badCredentials(reply);
    // The replay's users own nothing public: their repositories are the private ones they may read.
    const { visibility = 'all', page = '1' } = request.query as Record<string, string | undefined>;
    if (visibility === 'public' || Number(page) > 1) return [];
    return REPLAY_PRIVATE_REPOS.filter((repo) => repo.readers.includes(user.login)).map((repo) => ({
      id: repo.id,
      full_name: repo.fullName,
      name: repo.fullName.split('/')[1],
      owner: { login: repo.fullName.split('/')[0] },
      private: true,
      visibility: 'private',
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    }));
  });

  app.get('/user', async (request, reply) => {
    const user = userOf(request);
    if (!user) return badCredentials(reply);
    return userObject(origin(request), user);
  });
  app.get('/user/orgs', async (request, reply) => {
    const user = userOf(request);
    if (!user) return badCredentials(reply);
    return REPLAY_ORGS.filter((org) => user.orgs.includes(org.login)).map((org) => ({
      login: org.login,
      id: org.id,
      node_id: Buffer.from(`Organization${org.id}`).toString('base64'),
      url: `${origin(request)}/orgs/${org.login}`,
      description: null,
    }));
  });
  app.get('/user/teams', async (request, reply) => {
    const user = userOf(request);
    if (!user) return badCredentials(reply);
    return REPLAY_TEAMS.filter((team) => user.teams.includes(`${team.org}/${team.slug}`)).map((team) => ({
      id: team.id,
      slug: team.slug,
      name: team.name,
      organization: { login: team.org, id: REPLAY_ORGS.find((org) => org.login === team.org)?.id },
    }));
  });
}

const error = (code: string) => ({
  error: code,
  error_description: code.replaceAll('_', ' '),
  error_uri: `${GITHUB_DOCS}/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors`,
});

function answer(request: FastifyRequest, reply: FastifyReply, body: Record<string, string | number>) {
  if (String(request.headers.accept ?? '').includes('application/json')) return reply.send(body);
  const form = new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value)]));
  return reply.type('application/x-www-form-urlencoded').send(form.toString());
}

const origin = (request: FastifyRequest) => `${request.protocol}://${request.headers.host}`;

function userObject(base: string, user: ReplayUser) {
  return {
    login: user.login,
    id: user.id,
    node_id: Buffer.from(`User${user.id}`).toString('base64'),
    avatar_url: `${base}/avatars/${user.login}`,
    url: `${base}/users/${user.login}`,
    type: 'User',
    site_admin: false,
    name: user.name,
    email: null,
  };
}
