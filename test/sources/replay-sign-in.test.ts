import { createOAuthDeviceAuth } from '@octokit/auth-oauth-device';
import { Octokit } from '@octokit/core';
import { exchangeWebFlowCode } from '@octokit/oauth-methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningReplay, startReplay } from '../../src/github-replay/replay-server.ts';

/*
 * The replay signs in as GitHub does, checked with the Octokit packages
 * gitpulse signs in with: the web flow's authorize page and code exchange,
 * the device flow, and what a user token reads.
 */
let replay: RunningReplay;
beforeAll(async () => {
  replay = await startReplay({ deviceInterval: 1 });
});
afterAll(async () => replay?.close());

const CALLBACK = 'http://127.0.0.1:9/auth/callback';
const asReplay = () => new Octokit({ baseUrl: replay.url }).request;
const userClient = (token: string) => new Octokit({ auth: token, baseUrl: replay.url });

/** The authorize page, then the link of one of its users, as a browser would follow it. */
async function signInThroughPage(login: string, state: string): Promise<URL> {
  const authorize = new URL('/login/oauth/authorize', replay.url);
  authorize.search = new URLSearchParams({
    client_id: 'cid',
    redirect_uri: CALLBACK,
    state,
    scope: 'read:org',
  }).toString();
  const html = await (await fetch(authorize)).text();
  expect(html).toContain('Sign in as margaret');
  const href = new RegExp(`data-login="${login}" href="([^"]+)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');
  expect(href).toBeDefined();
  const granted = await fetch(new URL(href as string, replay.url), { redirect: 'manual' });
  expect(granted.status).toBe(302);
  return new URL(granted.headers.get('location') as string);
}

describe('the replay signs in', () => {
  it('web flow: the picked user comes back to the callback with a code and the state; the code is good once', async () => {
    const back = await signInThroughPage('grace', 'state-1');
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get('state')).toBe('state-1');
    const code = back.searchParams.get('code') as string;
    const exchange = () =>
      exchangeWebFlowCode({
        clientType: 'oauth-app',
        clientId: 'cid',
        clientSecret: 'secret',
        code,
        redirectUrl: CALLBACK,
        request: asReplay(),
      });
    const { authentication } = await exchange();
    expect(authentication.token).toMatch(/^gho_/);
    await expect(exchange()).rejects.toThrow(/bad verification code/);

    const github = userClient(authentication.token);
    expect((await github.request('GET /user')).data).toMatchObject({
      login: 'grace',
      id: 90_000_002,
      type: 'User',
    });
    expect((await github.request('GET /user/orgs')).data.map((o) => o.login)).toEqual(['gitpulse-demo']);
    expect((await github.request('GET /user/teams')).data).toEqual([]);
  });

  it('web flow: cancelling sends access_denied back with the state', async () => {
    const authorize = new URL('/login/oauth/authorize', replay.url);
    authorize.search = new URLSearchParams({
      client_id: 'cid',
      redirect_uri: CALLBACK,
      state: 's2',
    }).toString();
    const html = await (await fetch(authorize)).text();
    const cancel = /href="([^"]+)">Cancel/.exec(html)?.[1]?.replaceAll('&amp;', '&') as string;
    const back = new URL(cancel);
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'access_denied', state: 's2' });
  });

  it('device flow: pending until the person approves the code on /login/device, then a token', async () => {
    const auth = createOAuthDeviceAuth({
      clientType: 'oauth-app',
      clientId: 'cid',
      scopes: ['read:org'],
      request: asReplay(),
      onVerification: async (verification) => {
        expect(verification.verification_uri).toBe(`${replay.url}/login/device`);
        // the person takes a moment: the client polls and hears authorization_pending meanwhile
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const page = await fetch(
          `${verification.verification_uri}?user_code=${verification.user_code}&login=ada`,
        );
        expect(await page.text()).toContain('Device activated');
      },
    });
    const { token } = await auth({ type: 'oauth' });
    const github = userClient(token);
    expect((await github.request('GET /user')).data.login).toBe('ada');
    expect((await github.request('GET /user/teams')).data).toEqual([
      expect.objectContaining({
        slug: 'platform',
        organization: expect.objectContaining({ login: 'gitpulse-demo' }),
      }),
    ]);
  });

  it('an unknown user token is a 401, as GitHub says it', async () => {
    await expect(userClient('gho_not-a-token').request('GET /user')).rejects.toMatchObject({ status: 401 });
    const margaret = await signInThroughPage('margaret', 's3');
    const { authentication } = await exchangeWebFlowCode({
      clientType: 'oauth-app',
      clientId: 'cid',
      clientSecret: 'secret',
      code: margaret.searchParams.get('code') as string,
      request: asReplay(),
    });
    expect((await userClient(authentication.token).request('GET /user/orgs')).data).toEqual([]);
  });
});
