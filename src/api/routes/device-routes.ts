import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordAuditEvent } from '../../identity/audit/audit-log.ts';
import {
  admitGitHubUser,
  type DeviceFlowError,
  exchangeDeviceCodeForToken,
  startDeviceFlow,
} from '../../identity/github-sign-in/sign-in-with-github.ts';
import type { IdentityDatabase } from '../../identity/identity-database.ts';
import type { Principal } from '../../identity/principal.ts';
import { scopesOfRole } from '../../identity/roles.ts';
import { createApiToken } from '../../identity/tokens/api-tokens.ts';
import type { Logger } from '../../log/logger.ts';
import {
  deviceCodeResponse,
  deviceSignedIn,
  deviceTokenBody,
  deviceWait,
  errorResponse,
} from '../api-schemas.ts';
import type { GitHubAuth } from '../github-auth.ts';
import { AUTH_RATE } from './auth-routes.ts';

/** How long a token issued to the CLI lives; `gitpulse login` again makes a new one. */
const DEVICE_TOKEN_DAYS = 90;

/** What each of GitHub's device-flow answers means to the person at the terminal. */
const DEVICE_ANSWERS: Record<DeviceFlowError, { status: 400 | 428 | 429; message: string }> = {
  authorization_pending: { status: 428, message: 'the code has not been entered at GitHub yet' },
  slow_down: { status: 429, message: 'polling too often: wait `interval` seconds' },
  expired_token: { status: 400, message: 'the code expired before it was entered: start again' },
  access_denied: { status: 400, message: 'the sign-in was cancelled at GitHub: start again' },
  incorrect_device_code: { status: 400, message: 'GitHub does not know this device code: start again' },
};

/**
 * Sign in with GitHub's device flow (auth.mode github), for `gitpulse login`:
 * the server, not the CLI, asks GitHub for the codes and trades the device
 * code, so a GitHub token is only ever issued to gitpulse's own OAuth app and
 * never reaches the CLI; what the CLI gets is a personal gitpulse token of
 * the admitted user (90 days, their role's scopes), with their GitHub token
 * sealed under it as a session's is.
 */
export const deviceRoutes =
  (identity: IdentityDatabase, auth: GitHubAuth, logger?: Logger): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/device/code',
      {
        config: { rateLimit: AUTH_RATE },
        schema: {
          tags: ['access'],
          summary:
            'Start a device sign-in: a code to enter at GitHub, and one to poll /auth/device/token with',
          response: { 200: deviceCodeResponse, 429: deviceWait, 502: errorResponse },
        },
      },
      async (_request, reply) => {
        try {
          return await startDeviceFlow(auth.signIn);
        } catch (error) {
          const message = (error as Error).message;
          logger?.warn({ err: message }, 'starting a device sign-in with GitHub failed');
          return reply.code(502).send({
            error: 'github_failed',
            message: message.includes('device_flow_disabled')
              ? 'the GitHub app of this gitpulse does not allow the device flow: an admin enables "Device Flow" in its settings'
              : 'GitHub did not start the device sign-in; try again',
          });
        }
      },
    );

    app.post(
      '/auth/device/token',
      {
        config: { rateLimit: AUTH_RATE },
        schema: {
          tags: ['access'],
          summary:
            'Poll a device sign-in: 428 until the code is entered at GitHub, then a personal token for the user (shown once)',
          body: deviceTokenBody,
          response: {
            201: deviceSignedIn,
            400: errorResponse,
            403: errorResponse,
            428: deviceWait,
            429: deviceWait,
            502: errorResponse,
          },
        },
      },
      async (request, reply) => {
        let exchanged: Awaited<ReturnType<typeof exchangeDeviceCodeForToken>>;
        let admitted: Awaited<ReturnType<typeof admitGitHubUser>>;
        try {
          exchanged = await exchangeDeviceCodeForToken(auth.signIn, request.body.device_code);
          if ('error' in exchanged) {
            const { status, message } = DEVICE_ANSWERS[exchanged.error];
            const wait = status === 400 ? {} : { interval: exchanged.interval };
            return reply.code(status).send({ error: exchanged.error, message, ...wait });
          }
          admitted = await admitGitHubUser(identity.pool, auth.signIn, exchanged.token);
        } catch (error) {
          logger?.warn({ err: (error as Error).message }, 'device sign-in with GitHub failed');
          return reply
            .code(502)
            .send({ error: 'github_failed', message: 'GitHub did not confirm the sign-in; try again' });
        }
        if ('refused' in admitted) {
          await recordAuditEvent(identity.pool, {
            actor: { userId: null, login: admitted.login, role: 'viewer', scopes: [], via: 'session' },
            action: 'user.sign_in_refused',
            details: { reason: admitted.refused, via: 'device' },
            sourceIp: request.ip,
          });
          return reply
            .code(403)
            .send({ error: 'not_allowed', message: `${admitted.refused}: ask an admin of this gitpulse` });
        }
        const { user } = admitted;
        // the user, just admitted by GitHub, makes their own token
        const self: Principal = { ...user, scopes: scopesOfRole(user.role), via: 'session' };
        const created = await createApiToken(identity, self, user, {
          name: request.body.name ?? 'gitpulse login',
          scopes: scopesOfRole(user.role),
          expiresInDays: DEVICE_TOKEN_DAYS,
          // the token sees the private repositories its owner may see, as a session would
          githubToken: exchanged.token,
        });
        await recordAuditEvent(identity.pool, {
          actor: self,
          action: 'user.sign_in',
          details: { role: user.role, via: 'device', token_id: created.tokenId },
          sourceIp: request.ip,
        });
        return reply.code(201).send({
          token: created.token,
          token_id: created.tokenId,
          login: user.login,
          role: user.role,
          scopes: created.scopes,
          expires_at: created.expiresAt,
        });
      },
    );
  };
