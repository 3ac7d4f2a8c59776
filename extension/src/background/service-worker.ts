import { ext } from '../shared/browser-api.ts';
import type { Request } from '../shared/messages.ts';
import { readSettings, writeSettings } from '../shared/settings.ts';
import { SIGN_IN_KEY, startDeviceSignIn } from './device-sign-in.ts';
import {
  forgetDisallowedEvents,
  forgetQueuedEvents,
  listenForRetryAlarm,
  recordEvent,
  sendEvents,
} from './event-queue.ts';
import { me, pullRequestPanel, repositoryPanel, track, unavailable } from './panel-data.ts';

/*
 * The background worker (Chromium's service worker, Firefox's event page: the
 * same file). It alone holds the token and talks to the gitpulse server; the
 * content script and the options page ask it by message.
 */

async function answer(request: Request, sender: chrome.runtime.MessageSender): Promise<unknown> {
  // only this extension's own pages and content scripts may ask; a web page cannot reach
  // onMessage (no externally_connectable), but say so where it is decided
  if (sender.id !== ext.runtime.id) return { state: 'error', message: 'not this extension' };
  switch (request.kind) {
    case 'repository-panel':
      return repositoryPanel(request.repository);
    case 'pull-request-panel':
      return pullRequestPanel(request.repository, request.number);
    case 'track': {
      const answered = await track(request.repository);
      if (answered.state === 'requested')
        await recordEvent({ type: 'track_clicked', repository: request.repository });
      return answered;
    }
    case 'event':
      return {
        recorded: await recordEvent({
          type: request.type,
          repository: request.repository,
          ...(request.pr_number === undefined ? {} : { pr_number: request.pr_number }),
        }),
      };
    case 'open-options':
      await ext.runtime.openOptionsPage();
      return {};
    case 'device-start':
      return startDeviceSignIn();
    case 'use-token': {
      await writeSettings({ token: request.token.trim(), login: '' });
      try {
        const who = await me();
        await writeSettings({ login: who.login });
        await ext.storage.local.set({
          [SIGN_IN_KEY]: { state: 'signed-in', login: who.login, role: who.role },
        });
        return { state: 'signed-in', login: who.login, role: who.role };
      } catch (error) {
        return unavailable(error);
      }
    }
    case 'sign-out':
      await writeSettings({ token: '', login: '' });
      await forgetQueuedEvents();
      await ext.storage.local.remove(SIGN_IN_KEY);
      return {};
    case 'flush-events':
      await sendEvents();
      return {};
  }
}

ext.runtime.onMessage.addListener((request: Request, sender, reply) => {
  answer(request, sender).then(reply, (error: Error) => reply({ state: 'error', message: error.message }));
  return true; // the answer comes later
});

ext.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.telemetry) void forgetDisallowedEvents();
});

ext.action.onClicked.addListener(() => void ext.runtime.openOptionsPage());
listenForRetryAlarm();

// events queued before the worker last stopped go out now
void readSettings().then((settings) => {
  if (settings.token) void sendEvents();
});
