import { ext } from './browser-api.ts';

/** What the person allowed the extension to report (README "Browser extension"); all off until they opt in. */
export const EVENT_TYPES = [
  'repository_viewed',
  'pull_request_viewed',
  'panel_opened',
  'track_clicked',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type Telemetry = Record<EventType, boolean>;
export const TELEMETRY_OFF: Telemetry = {
  repository_viewed: false,
  pull_request_viewed: false,
  panel_opened: false,
  track_clicked: false,
};

/** The person's words for each event, shown on the options page beside its checkbox. */
export const EVENT_LABELS: Record<EventType, string> = {
  repository_viewed: 'Repository pages I view (the repository’s owner/name and the time)',
  pull_request_viewed: 'Pull request pages I view (owner/name, the PR number and the time)',
  panel_opened: 'When I open the gitpulse panel (owner/name, the PR number on a PR page, and the time)',
  track_clicked: 'When I click Track in gitpulse (owner/name and the time)',
};

export interface Settings {
  /** The gitpulse server's origin, e.g. https://gitpulse.example.com; empty until set. */
  server: string;
  /** The personal gitpulse token (device sign-in or pasted); kept in this browser's extension storage only. */
  token: string;
  login: string;
  telemetry: Telemetry;
}

const DEFAULTS: Settings = { server: '', token: '', login: '', telemetry: TELEMETRY_OFF };

export async function readSettings(): Promise<Settings> {
  const stored = (await ext.storage.local.get([
    'server',
    'token',
    'login',
    'telemetry',
  ])) as Partial<Settings>;
  return {
    ...DEFAULTS,
    ...stored,
    // a type added in a later version starts off, whatever was stored before it existed
    telemetry: { ...TELEMETRY_OFF, ...(stored.telemetry ?? {}) },
  };
}

export async function writeSettings(change: Partial<Settings>): Promise<void> {
  await ext.storage.local.set(change);
}

/** An https address, or an http one on this machine only. */
export function isWebOrLoopback(url: URL): boolean {
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
}

/**
 * The server's origin from what the person typed: https, or http on this
 * machine only (a token must not cross the network in clear).
 */
export function normaliseServer(input: string): string {
  const url = new URL(input.trim());
  if (!isWebOrLoopback(url))
    throw new Error('use an https:// address (http:// only for this machine: localhost or 127.0.0.1)');
  return url.origin;
}

/** The match pattern of the server's host permission (ports are not part of match patterns). */
export const originPattern = (server: string) => `${new URL(server).protocol}//${new URL(server).hostname}/*`;
