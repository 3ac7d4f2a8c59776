import type { SignInProgress } from '../background/device-sign-in.ts';
import { ext } from '../shared/browser-api.ts';
import type { DeviceStart } from '../shared/messages.ts';
import {
  EVENT_LABELS,
  EVENT_TYPES,
  isWebOrLoopback,
  normaliseServer,
  originPattern,
  readSettings,
  writeSettings,
} from '../shared/settings.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const serverStatus = $<HTMLParagraphElement>('server-status');
const who = $<HTMLParagraphElement>('who');

async function render(): Promise<void> {
  const settings = await readSettings();
  $<HTMLInputElement>('server').value = settings.server;
  who.textContent = settings.token
    ? `Signed in${settings.login ? ` as ${settings.login}` : ''} to ${settings.server}.`
    : 'Not signed in.';
  const form = $<HTMLFormElement>('telemetry');
  form.replaceChildren(
    ...EVENT_TYPES.map((type) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = type;
      box.checked = settings.telemetry[type];
      box.addEventListener('change', async () => {
        const current = (await readSettings()).telemetry;
        await writeSettings({ telemetry: { ...current, [type]: box.checked } });
      });
      const label = document.createElement('label');
      label.append(box, EVENT_LABELS[type]);
      return label;
    }),
  );
}

$<HTMLFormElement>('server-form').addEventListener('submit', (event) => {
  event.preventDefault();
  let server: string;
  try {
    server = normaliseServer($<HTMLInputElement>('server').value);
  } catch (error) {
    serverStatus.textContent = (error as Error).message;
    return;
  }
  // asked at once, inside the click: browsers grant a permission only in answer to a gesture
  void ext.permissions.request({ origins: [originPattern(server)] }).then(async (granted) => {
    if (!granted) {
      serverStatus.textContent = `Access to ${server} was not granted: the extension cannot reach it.`;
      return;
    }
    const previous = await readSettings();
    // a token belongs to the server that made it
    await writeSettings(previous.server === server ? { server } : { server, token: '', login: '' });
    serverStatus.textContent = `Saved: ${server}.`;
    await render();
  });
});

$<HTMLButtonElement>('device-sign-in').addEventListener('click', async () => {
  const started = (await ext.runtime.sendMessage({ kind: 'device-start' })) as DeviceStart;
  if (started.state !== 'started') {
    who.textContent =
      started.state === 'not-configured'
        ? 'Set the server first.'
        : started.state === 'signed-out'
          ? started.reason
          : started.message;
  }
});

$<HTMLFormElement>('token-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>('token');
  const answer = (await ext.runtime.sendMessage({ kind: 'use-token', token: input.value })) as {
    state: string;
    message?: string;
    reason?: string;
  };
  input.value = '';
  if (answer.state !== 'signed-in')
    who.textContent = `That token was not accepted: ${answer.message ?? answer.reason}`;
});

$<HTMLButtonElement>('sign-out').addEventListener('click', async () => {
  await ext.runtime.sendMessage({ kind: 'sign-out' });
  await render();
});

/** `uri` when it is an https address (or http on this machine, as the replay's is), else undefined. */
function webAddress(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    return isWebOrLoopback(url) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function showProgress(progress: SignInProgress | undefined): void {
  const device = $<HTMLDivElement>('device');
  if (progress?.state === 'waiting' && progress.expires_at > Date.now()) {
    device.hidden = false;
    const link = $<HTMLAnchorElement>('verification');
    // the address comes from the server: only a web page is made a link (never javascript: or data:)
    link.href = webAddress(progress.verification_uri) ?? 'about:blank';
    link.textContent = progress.verification_uri;
    $<HTMLElement>('user-code').textContent = progress.user_code;
    who.textContent = 'Waiting for the code to be entered at GitHub…';
    return;
  }
  device.hidden = true;
  if (progress?.state === 'failed') who.textContent = `Sign-in failed: ${progress.message}`;
  else void render();
}

ext.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.sign_in)
    showProgress(changes.sign_in.newValue as SignInProgress | undefined);
});
void ext.storage.local
  .get('sign_in')
  .then((stored) => showProgress(stored.sign_in as SignInProgress | undefined));
void render();
