import type { DeviceCodeResponse, DeviceSignedIn, DeviceWait } from '../../../src/api/api-schemas.ts';
import { ext } from '../shared/browser-api.ts';
import type { DeviceStart } from '../shared/messages.ts';
import { writeSettings } from '../shared/settings.ts';
import { callGitpulse } from './gitpulse-client.ts';
import { unavailable } from './panel-data.ts';

/** Where the options page reads how the sign-in goes (storage.local: it outlives a stopped worker). */
export const SIGN_IN_KEY = 'sign_in';
export type SignInProgress =
  | { state: 'waiting'; user_code: string; verification_uri: string; expires_at: number }
  | { state: 'signed-in'; login: string; role: string }
  | { state: 'failed'; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const progress = (value: SignInProgress) => ext.storage.local.set({ [SIGN_IN_KEY]: value });

/**
 * GitHub's device flow through the gitpulse server, as `gitpulse login` does
 * (src/cli/commands/login-command.ts): the server asks GitHub for the codes and
 * trades the device code, so a GitHub token never reaches the extension; what
 * it keeps is a personal gitpulse token of the person's role.
 */
export async function startDeviceSignIn(): Promise<DeviceStart> {
  try {
    const started = await callGitpulse<DeviceCodeResponse>('POST', '/auth/device/code', {}, { auth: false });
    if (!started.ok) {
      return {
        state: 'error',
        message:
          started.status === 404
            ? 'this gitpulse does not offer sign-in with GitHub (auth.mode local): paste a token made with `gitpulse token create`'
            : (started.body.message ?? `HTTP ${started.status}`),
      };
    }
    const device = started.body;
    await progress({
      state: 'waiting',
      user_code: device.user_code,
      verification_uri: device.verification_uri,
      expires_at: Date.now() + device.expires_in * 1000,
    });
    void pollDeviceToken(device);
    return { state: 'started', ...device };
  } catch (error) {
    return unavailable(error);
  }
}

async function pollDeviceToken(device: DeviceCodeResponse): Promise<void> {
  const deadline = Date.now() + device.expires_in * 1000;
  let interval = Math.max(1, device.interval);
  const name = `gitpulse extension (${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'})`;
  while (Date.now() < deadline) {
    await sleep(interval * 1000);
    let polled: Awaited<ReturnType<typeof callGitpulse<DeviceSignedIn & DeviceWait>>>;
    try {
      polled = await callGitpulse(
        'POST',
        '/auth/device/token',
        { device_code: device.device_code, name },
        { auth: false },
      );
    } catch {
      continue; // the network came and went: the code is still good until its deadline
    }
    if (polled.status === 201) {
      const signedIn = polled.body as DeviceSignedIn;
      await writeSettings({ token: signedIn.token, login: signedIn.login });
      await progress({ state: 'signed-in', login: signedIn.login, role: signedIn.role });
      return;
    }
    const body = polled.body as Partial<DeviceWait>;
    if (polled.status === 428) interval = Math.max(1, body.interval ?? interval);
    else if (polled.status === 429)
      interval = body.error === 'slow_down' && body.interval ? body.interval : interval + 5;
    else {
      await progress({ state: 'failed', message: body.message ?? `HTTP ${polled.status}` });
      return;
    }
  }
  await progress({
    state: 'failed',
    message: 'the code expired before it was entered at GitHub: start again',
  });
}
