import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { readEnv } from '../config/read-env.ts';
import { UserFacingError } from '../user-facing-error.ts';
import { serverUrl } from './server-url.ts';

/*
 * The tokens `gitpulse login` got, one per server URL, in
 * $GITPULSE_HOME/credentials.json: readable and writable by the user alone
 * (0600), and replaced whole by a rename so no reader ever sees half a file.
 */

const storedCredentials = z.object({
  url: z.string(),
  login: z.string(),
  token: z.string(),
  token_id: z.number().int(),
  expires_at: z.string().nullable(),
});
export type StoredCredentials = z.infer<typeof storedCredentials>;
const credentialsFile = z.object({ servers: z.array(storedCredentials) });

export const credentialsPath = (home: string) => resolve(home, 'credentials.json');

/** Every stored entry; none when there is no file. */
export function readCredentials(home: string): StoredCredentials[] {
  const path = credentialsPath(home);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let reason: string;
  try {
    const parsed = credentialsFile.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.servers;
    const [issue] = parsed.error.issues;
    reason = `${issue?.path.join('.') || 'file'}: ${issue?.message}`;
  } catch (error) {
    reason = (error as Error).message;
  }
  throw new UserFacingError(
    `${path} is not a gitpulse credentials file (${reason}).`,
    'Delete it and sign in again (gitpulse login), or restore it.',
    2,
  );
}

/** The entry of one server URL, if any. */
export function findCredentials(home: string, url: string): StoredCredentials | undefined {
  return readCredentials(home).find((entry) => entry.url === url);
}

/** Stores `entry`, replacing the one of the same URL; returns the file's path. */
export function storeCredentials(home: string, entry: StoredCredentials): string {
  const others = readCredentials(home).filter((stored) => stored.url !== entry.url);
  return writeCredentials(home, [...others, entry]);
}

/** Removes the entry of `url`; false when there was none. The file goes once it holds nothing. */
export function removeCredentials(home: string, url: string): boolean {
  const entries = readCredentials(home);
  const rest = entries.filter((entry) => entry.url !== url);
  if (rest.length === entries.length) return false;
  if (rest.length === 0) rmSync(credentialsPath(home), { force: true });
  else writeCredentials(home, rest);
  return true;
}

/**
 * The token `gitpulse login` stored for a server, for CLI commands that talk
 * to one (GITPULSE_TOKEN, when set, goes first: that is the caller's to decide).
 */
export function storedToken(url: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITPULSE_HOME } = readEnv(env);
  return findCredentials(GITPULSE_HOME, serverUrl(url, undefined))?.token;
}

function writeCredentials(home: string, servers: StoredCredentials[]): string {
  const path = credentialsPath(home);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // created 0600 from the start ('wx': never an existing file, nor one a link points at), in the same
  // directory so the rename is atomic
  const temp = join(dirname(path), `.credentials.json.${process.pid}.${randomBytes(6).toString('hex')}`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, `${JSON.stringify({ servers }, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return path;
}
