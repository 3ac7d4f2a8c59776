import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import type { DeviceCodeResponse, DeviceSignedIn, DeviceWait } from '../../api/api-schemas.ts';
import { readEnv } from '../../config/read-env.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import {
  credentialsPath,
  findCredentials,
  removeCredentials,
  type StoredCredentials,
  storeCredentials,
} from '../credentials-file.ts';
import { DEFAULT_SERVER_URL, serverUrl } from '../server-url.ts';

/*
 * `gitpulse login` / `gitpulse logout` (SPEC section 10): sign in to a
 * gitpulse server (auth.mode github) with GitHub's device flow, which the
 * server runs with its own OAuth app; the CLI shows the code, waits, and
 * keeps the gitpulse token it gets in $GITPULSE_HOME/credentials.json.
 */
export function registerLoginCommand(program: Command): void {
  program
    .command('login')
    .description('sign in to a gitpulse server with GitHub (device flow) and keep its token for the CLI')
    .option('--url <url>', `the server (default: GITPULSE_URL, else ${DEFAULT_SERVER_URL})`)
    .option('--name <name>', 'the token’s name in token lists (default: gitpulse login on <this host>)')
    .action(async (options: { url?: string; name?: string }) => {
      await login(options);
    });
  program
    .command('logout')
    .description('revoke the token `gitpulse login` keeps for a server, and forget it')
    .option('--url <url>', `the server (default: GITPULSE_URL, else ${DEFAULT_SERVER_URL})`)
    .action(async (options: { url?: string }) => {
      await logout(options);
    });
}

async function login(options: { url?: string; name?: string }): Promise<void> {
  const env = readEnv();
  const url = serverUrl(options.url, env.GITPULSE_URL);
  const name = (options.name ?? `gitpulse login on ${hostname()}`).slice(0, 100);
  // read first: a credentials file that cannot be read should stop us before a token is made
  const previous = findCredentials(env.GITPULSE_HOME, url);
  const started = await call(url, 'POST', '/auth/device/code', {});
  if (started.status === 404) {
    throw new UserFacingError(
      `${url} does not offer sign-in with GitHub (its auth.mode is local, or it is not gitpulse).`,
      'On that machine use `gitpulse token create`; or give --url of a gitpulse whose auth.mode is github.',
      2,
    );
  }
  if (started.status !== 200) throw unexpected(url, '/auth/device/code', started);
  const device = started.body as DeviceCodeResponse;
  const minutes = Math.max(1, Math.round(device.expires_in / 60));
  process.stderr.write(
    `Open ${device.verification_uri} and enter ${device.user_code} (within ${minutes} minutes)\n`,
  );

  const deadline = Date.now() + device.expires_in * 1000;
  let interval = Math.max(1, device.interval);
  for (;;) {
    await sleep(interval * 1000);
    if (Date.now() > deadline) throw expired(minutes);
    const polled = await call(url, 'POST', '/auth/device/token', { device_code: device.device_code, name });
    const body = polled.body as Partial<DeviceWait>;
    if (polled.status === 201) {
      const signedIn = polled.body as DeviceSignedIn;
      const path = storeCredentials(env.GITPULSE_HOME, {
        url,
        login: signedIn.login,
        token: signedIn.token,
        token_id: signedIn.token_id,
        expires_at: signedIn.expires_at,
      });
      process.stdout.write(
        `Signed in to ${url} as ${signedIn.login} (${signedIn.role}). ` +
          `Token ${signedIn.token_id} kept in ${path} (readable by you alone)` +
          `${signedIn.expires_at ? `, expires ${signedIn.expires_at.slice(0, 10)}` : ''}; ` +
          '`gitpulse logout` revokes it.\n',
      );
      // the token this one replaces would otherwise live on, unused, until it expires
      if (previous && previous.token_id !== signedIn.token_id) await revokeQuietly(url, previous);
      return;
    }
    if (polled.status === 428) {
      interval = Math.max(1, body.interval ?? interval);
    } else if (polled.status === 429) {
      // GitHub's slow_down names the new interval; the server's own rate limit does not: back off 5 s, as RFC 8628 says
      interval = body.error === 'slow_down' && body.interval ? body.interval : interval + 5;
    } else if (polled.status === 403) {
      throw new UserFacingError(
        `${url} refused the sign-in: ${body.message ?? 'not allowed'}.`,
        'Ask an admin of that gitpulse to let your GitHub account in (auth.allowed_orgs, auth.allowed_teams), or sign in to GitHub as another account.',
      );
    } else if (polled.status === 400 && body.error === 'expired_token') {
      throw expired(minutes);
    } else if (polled.status === 400) {
      throw new UserFacingError(
        `Signing in to ${url} failed: ${body.message ?? body.error}.`,
        'Run `gitpulse login` again.',
      );
    } else {
      throw unexpected(url, '/auth/device/token', polled);
    }
  }
}

async function logout(options: { url?: string }): Promise<void> {
  const env = readEnv();
  const url = serverUrl(options.url, env.GITPULSE_URL);
  const stored = findCredentials(env.GITPULSE_HOME, url);
  if (!stored) {
    process.stdout.write(
      `Not signed in to ${url}: ${credentialsPath(env.GITPULSE_HOME)} holds no token for it.\n`,
    );
    return;
  }
  const revoked = await call(url, 'DELETE', `/api/tokens/${stored.token_id}`, undefined, stored.token);
  // 401: the token was already revoked or expired; 404: already gone. Either way it no longer works.
  if (![200, 401, 404].includes(revoked.status)) throw unexpected(url, 'DELETE /api/tokens', revoked);
  removeCredentials(env.GITPULSE_HOME, url);
  process.stdout.write(
    revoked.status === 200
      ? `Signed out of ${url}: token ${stored.token_id} of ${stored.login} revoked and forgotten.\n`
      : `Signed out of ${url}: token ${stored.token_id} of ${stored.login} no longer worked there (revoked or expired); forgotten.\n`,
  );
}

/** Revokes a replaced token if the server lets it; a failure leaves it to expire (it is no longer stored). */
async function revokeQuietly(url: string, stored: StoredCredentials): Promise<void> {
  try {
    await call(url, 'DELETE', `/api/tokens/${stored.token_id}`, undefined, stored.token);
  } catch {
    // the new token is stored; the old one expires by itself
  }
}

interface Answer {
  status: number;
  body: unknown;
}

/** One request to the gitpulse server; not reaching it is the person's to fix, so it says how. */
async function call(
  url: string,
  method: 'POST' | 'DELETE',
  path: string,
  body: object | undefined,
  token?: string,
): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(`${url}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new UserFacingError(
      `Could not reach gitpulse at ${url} (${cause?.code ?? cause?.message ?? (error as Error).message}).`,
      `Check it runs (gitpulse serve) and the address: --url, or GITPULSE_URL (default ${DEFAULT_SERVER_URL}).`,
    );
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { message: text.slice(0, 200) };
  }
  return { status: response.status, body: parsed };
}

const expired = (minutes: number) =>
  new UserFacingError(
    'The sign-in code expired before it was entered at GitHub.',
    `Run \`gitpulse login\` again and enter the code within ${minutes} minutes.`,
  );

const unexpected = (url: string, what: string, answer: Answer) => {
  const { message } = (answer.body ?? {}) as { message?: string };
  return new UserFacingError(
    `${url} answered ${what} with ${answer.status}${message ? `: ${message}` : ''}.`,
    'Check --url names a gitpulse server, and see its log; try again.',
  );
};
