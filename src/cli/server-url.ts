import { UserFacingError } from '../user-facing-error.ts';

/** Where `gitpulse serve` listens unless told otherwise (its --host and --port defaults). */
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:3000';

/**
 * The gitpulse server a CLI command talks to: --url, else GITPULSE_URL, else
 * serve's default; written one way (no trailing slash, query or fragment),
 * so the credentials of `http://host:3000/` and `http://host:3000` are one entry.
 */
export function serverUrl(flag: string | undefined, fromEnv: string | undefined): string {
  const given = flag ?? fromEnv ?? DEFAULT_SERVER_URL;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserFacingError(
      `${given} is not a gitpulse server URL${flag === undefined ? ' (from GITPULSE_URL)' : ' (--url)'}.`,
      `Give its http(s) address, e.g. --url ${DEFAULT_SERVER_URL}.`,
      2,
    );
  }
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}
