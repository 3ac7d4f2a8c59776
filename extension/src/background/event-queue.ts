import { ext } from '../shared/browser-api.ts';
import { type EventType, readSettings } from '../shared/settings.ts';
import { callGitpulse, NotConfigured, SignedOut } from './gitpulse-client.ts';

/** One event as POST /api/events takes it; its id is made once and kept across retries. */
export interface QueuedEvent {
  id: string;
  type: EventType;
  occurred_at: string;
  repository: string;
  pr_number?: number;
}

/**
 * A queued event and whose it is: the server and the login signed in when it
 * happened. It is sent only while that person is signed in to that server, so
 * a browser someone else signs in to next never reports the first one's views
 * as theirs.
 */
interface Queued extends QueuedEvent {
  sender: string;
}
const senderOf = (settings: { server: string; login: string }) => `${settings.login}@${settings.server}`;

const QUEUE_KEY = 'event_queue';
/** The server takes at most 100 events a request (README "Browser extension"). */
const BATCH = 100;
/** A queue that cannot be sent (server away for days) keeps the newest this many. */
const MAX_QUEUED = 1000;
const RETRY_ALARM = 'gitpulse-send-events';
const CLIENT = { name: 'gitpulse-extension', version: ext.runtime.getManifest().version };

let sending: Promise<void> | null = null;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

async function readQueue(): Promise<Queued[]> {
  return ((await ext.storage.local.get(QUEUE_KEY))[QUEUE_KEY] as Queued[] | undefined) ?? [];
}

/**
 * Changes the stored queue one change at a time: storage has no transactions,
 * and an event queued while a batch is in flight must survive that batch's removal.
 */
let queueLock: Promise<unknown> = Promise.resolve();
function changeQueue(change: (queue: Queued[]) => Queued[]): Promise<void> {
  const next = queueLock.then(async () => {
    await ext.storage.local.set({ [QUEUE_KEY]: change(await readQueue()).slice(-MAX_QUEUED) });
  });
  queueLock = next.catch(() => undefined);
  return next;
}

/**
 * Queues an event the person allowed, and sends the queue. An event whose type
 * is not allowed is dropped here, before it is stored: nothing of it leaves.
 */
export async function recordEvent(event: Omit<QueuedEvent, 'id' | 'occurred_at'>): Promise<boolean> {
  const settings = await readSettings();
  const { telemetry, server, token, login } = settings;
  if (!telemetry[event.type] || !server || !token || !login) return false;
  const queued: Queued = {
    id: crypto.randomUUID(),
    occurred_at: new Date().toISOString(),
    ...event,
    sender: senderOf(settings),
  };
  await changeQueue((queue) => [...queue, queued]);
  void sendEvents();
  return true;
}

/** Drops queued events of types the person has since turned off: they never leave. */
export async function forgetDisallowedEvents(): Promise<void> {
  const { telemetry } = await readSettings();
  await changeQueue((queue) => queue.filter((event) => telemetry[event.type]));
}

/** Drops every queued event (signing out): none is sent under the next person's token. */
export function forgetQueuedEvents(): Promise<void> {
  return changeQueue(() => []);
}

/** Sends the queue, one batch at a time, at most one send at once. */
export function sendEvents(): Promise<void> {
  sending ??= sendQueued().finally(() => {
    sending = null;
  });
  return sending;
}

async function sendQueued(): Promise<void> {
  for (;;) {
    const queue = await readQueue();
    const settings = await readSettings();
    const { telemetry } = settings;
    // someone else's (another login, another server) waits while they are signed out: see Queued
    const sender = settings.token && settings.login ? senderOf(settings) : null;
    const batch = queue.filter((event) => telemetry[event.type] && event.sender === sender).slice(0, BATCH);
    if (batch.length === 0) {
      if (queue.length > 0) await changeQueue((all) => all.filter((event) => telemetry[event.type]));
      return;
    }
    let answer: Awaited<ReturnType<typeof callGitpulse<unknown>>>;
    try {
      answer = await callGitpulse('POST', '/api/events', {
        client: CLIENT,
        events: batch.map(({ sender: _, ...event }) => event),
      });
    } catch (error) {
      // signed out or no server: keep them until the person signs in again
      if (error instanceof SignedOut || error instanceof NotConfigured) return;
      // the answer was lost (network, timeout): the server may have stored them, so the
      // same ids go again and it stores each once
      return retryLater();
    }
    if (answer.ok || answer.status === 400 || answer.status === 403 || answer.status === 413) {
      // stored, counted as duplicates, or refused for good (a retry would be refused again)
      const sent = new Set(batch.map((event) => event.id));
      await changeQueue((all) => all.filter((event) => !sent.has(event.id)));
      failures = 0;
      continue;
    }
    const wait = Number(answer.headers.get('retry-after'));
    return retryLater(Number.isFinite(wait) && wait > 0 ? wait * 1000 : undefined);
  }
}

/**
 * Tries again after a growing pause (1 s, 2 s, … up to a minute); an alarm
 * backs the timer up, since the browser may stop an idle worker and its timers.
 */
function retryLater(afterMs?: number): void {
  failures += 1;
  const delay = afterMs ?? Math.min(60_000, 1000 * 2 ** (failures - 1));
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void sendEvents(), delay);
  void ext.alarms.create(RETRY_ALARM, { delayInMinutes: Math.max(1, delay / 60_000) });
}

export function listenForRetryAlarm(): void {
  ext.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void sendEvents();
  });
}
