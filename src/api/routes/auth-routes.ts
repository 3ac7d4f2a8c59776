import { randomBytes, timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { escapeHtml } from '../../escape-html.ts';
import { recordAuditEvent } from '../../identity/audit/audit-log.ts';
import {
  admitGitHubUser,
  authorizeUrl,
  exchangeWebFlowCodeForToken,
} from '../../identity/github-sign-in/sign-in-with-github.ts';
import type { IdentityDatabase } from '../../identity/identity-database.ts';
import { openSession, revokeSession, SESSION_COOKIE } from '../../identity/sessions/sessions.ts';
import type { Logger } from '../../log/logger.ts';
import type { GitHubAuth } from '../github-auth.ts';

/** The short-lived cookie binding a sign-in's `state` to the browser that started it. */
const STATE_COOKIE = 'gitpulse_oauth_state';
/** How long a sign-in may take from /auth/login to /auth/callback. */
const STATE_TTL_S = 600;
/** Sign-in attempts per address, route and minute (a device flow polling every 5 s stays under it). */
export const AUTH_RATE = { max: 20, timeWindow: '1 minute' };

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · gitpulse</title></head>` +
  `<body style="font-family:system-ui;max-width:36rem;margin:3rem auto"><h1>${title}</h1><p>${text}</p>` +
  '<p><a href="/auth/login">Sign in again</a></p></body></html>';
/** A path on this server to come back to; anything else (another host, `//evil`) is `/`. */
const localPath = (next: unknown) => (typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/');
const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Sign in with GitHub's web flow (auth.mode github): /auth/login sends the
 * browser to GitHub with an unguessable state bound to it by a cookie;
 * /auth/callback checks that state, trades the code, lets in members of the
 * allowed orgs and teams, and opens a server-side session (a new secret at
 * every sign-in, the browser's previous session ended); /auth/logout ends it.
 */
export function authRoutes(identity: IdentityDatabase, auth: GitHubAuth, logger?: Logger) {
  return async (app: FastifyInstance) => {
    const secure = (request: FastifyRequest) => request.protocol === 'https';
    // A state is good once: a callback replayed with the same cookie (a copied URL and
    // cookie) is refused here, before its code reaches GitHub.
    const usedStates = new Map<string, number>();
    const firstUse = (state: string) => {
      const now = Date.now();
      for (const [used, at] of usedStates) if (now - at > STATE_TTL_S * 1000) usedStates.delete(used);
      if (usedStates.has(state)) return false;
      usedStates.set(state, now);
      return true;
    };
    const callbackUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}/auth/callback`;
    const refuse = (reply: FastifyReply, status: number, title: string, text: string) =>
      reply
        .code(status)
        .type('text/html')
        .send(page(title, escapeHtml(text)));

    app.get('/auth/login', { config: { rateLimit: AUTH_RATE } }, async (request, reply) => {
      const state = randomBytes(32).toString('base64url');
      const next = localPath((request.query as { next?: unknown }).next);
      reply.setCookie(STATE_COOKIE, `${state}.${Buffer.from(next).toString('base64url')}`, {
        path: '/auth',
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(request),
        maxAge: STATE_TTL_S,
        signed: true,
      });
      return reply.redirect(authorizeUrl(auth.signIn, callbackUrl(request), state), 302);
    });

    app.get('/auth/callback', { config: { rateLimit: AUTH_RATE } }, async (request, reply) => {
      const query = request.query as { code?: string; state?: string; error?: string };
      const cookie = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: '/auth' });
      const unsigned = cookie ? request.unsignCookie(cookie) : undefined;
      const [expected, nextPart] = unsigned?.valid && unsigned.value ? unsigned.value.split('.') : [];
      if (!expected || !query.state || !sameSecret(query.state, expected) || !firstUse(expected)) {
        return refuse(
          reply,
          400,
          'Sign-in expired',
          'This sign-in was not started in this browser, or took too long.',
        );
      }
      if (query.error || !query.code) {
        return refuse(reply, 401, 'Not signed in', `GitHub answered: ${query.error ?? 'no code'}.`);
      }
      let result: Awaited<ReturnType<typeof admitGitHubUser>>;
      let githubToken: string;
      try {
        githubToken = await exchangeWebFlowCodeForToken(auth.signIn, query.code, callbackUrl(request));
        result = await admitGitHubUser(identity.pool, auth.signIn, githubToken);
      } catch (error) {
        logger?.warn({ err: (error as Error).message }, 'sign-in with GitHub failed');
        return refuse(reply, 502, 'Sign-in failed', 'GitHub did not confirm the sign-in; try again.');
      }
      if ('refused' in result) {
        await recordAuditEvent(identity.pool, {
          actor: { userId: null, login: result.login, role: 'viewer', scopes: [], via: 'session' },
          action: 'user.sign_in_refused',
          details: { reason: result.refused },
          sourceIp: request.ip,
        });
        return refuse(reply, 403, 'Not allowed', `${result.refused}: ask an admin of this gitpulse.`);
      }
      const { user } = result;
      // a new session at every sign-in; the one this browser had ends
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await revokeSession(identity.pool, previous);
      const secret = await openSession(
        identity.pool,
        user.userId,
        auth.session,
        { userAgent: request.headers['user-agent'], sourceIp: request.ip },
        githubToken,
      );
      await recordAuditEvent(identity.pool, {
        actor: { userId: user.userId, login: user.login, role: user.role, scopes: [], via: 'session' },
        action: 'user.sign_in',
        details: { role: user.role },
        sourceIp: request.ip,
      });
      reply.setCookie(SESSION_COOKIE, secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(request),
        maxAge: auth.session.hours * 3600,
      });
      return reply.redirect(localPath(Buffer.from(nextPart ?? '', 'base64url').toString()), 302);
    });

    app.post(
      '/auth/logout',
      { config: { rateLimit: AUTH_RATE, policy: { scope: 'read' } } },
      async (request, reply) => {
        const secret = request.cookies[SESSION_COOKIE];
        if (secret && (await revokeSession(identity.pool, secret)) !== null && request.principal) {
          await recordAuditEvent(identity.pool, {
            actor: request.principal,
            action: 'user.sign_out',
            sourceIp: request.ip,
          });
        }
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.redirect('/', 303);
      },
    );
  };
}

/**
 * Who the dashboard is signed in as, and the CSRF token its writes send
 * (x-csrf-token); on this machine (auth.mode local), the local user.
 */
export function meRoute(github: boolean) {
  return async (app: FastifyInstance) => {
    app.get('/api/me', { config: { policy: { repositories: 'none' } } }, async (request, reply) => {
      const principal = request.principal;
      if (!github || !principal) {
        return {
          login: 'local',
          role: 'admin',
          via: 'local',
          scopes: [],
          csrf_token: null,
          signed_in: false,
        };
      }
      return {
        login: principal.login,
        role: principal.role,
        via: principal.via,
        scopes: principal.scopes,
        csrf_token: principal.via === 'session' ? reply.generateCsrf() : null,
        signed_in: true,
      };
    });
  };
}
