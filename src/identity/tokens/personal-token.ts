import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/*
 * Personal API tokens shaped like GitHub's (`ghp_` + 30 random base62
 * characters + a 6-character CRC32 checksum): a prefix secret scanners and
 * people recognise, and a checksum that tells a mistyped or made-up token
 * from a real one without a database lookup. Written here because no library
 * makes this format; the randomness is node:crypto's.
 */
export const TOKEN_PREFIX = 'gpt_';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 30;
const CHECKSUM_LENGTH = 6;
const TOKEN_SHAPE = new RegExp(`^${TOKEN_PREFIX}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}$`);

function base62(value: number, length: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < length; i += 1) {
    text = BASE62[rest % 62] + text;
    rest = Math.floor(rest / 62);
  }
  return text;
}

const checksumOf = (random: string) => base62(crc32(random), CHECKSUM_LENGTH);

/** A new token: shown once to its owner, stored only as its hash and last four characters. */
export function newPersonalToken(): { token: string; sha256: string; lastFour: string } {
  // rejection sampling keeps every base62 character equally likely
  let random = '';
  while (random.length < RANDOM_LENGTH) {
    for (const byte of randomBytes(RANDOM_LENGTH * 2)) {
      if (byte < 248 && random.length < RANDOM_LENGTH) random += BASE62[byte % 62];
    }
  }
  const token = `${TOKEN_PREFIX}${random}${checksumOf(random)}`;
  return { token, sha256: tokenHash(token), lastFour: token.slice(-4) };
}

/** Whether a string is a well-formed gitpulse token (prefix, length, checksum); says nothing of whether it exists. */
export function isPersonalToken(text: string): boolean {
  if (!TOKEN_SHAPE.test(text)) return false;
  const body = text.slice(TOKEN_PREFIX.length);
  return checksumOf(body.slice(0, RANDOM_LENGTH)) === body.slice(RANDOM_LENGTH);
}

/** What the identity database keeps of a token or session secret. */
export const tokenHash = (secret: string) => createHash('sha256').update(secret).digest('hex');
