import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const digest = (text: string) => createHash('sha256').update(text).digest();
/** Equal-length digests, so neither a wrong length nor a multibyte token throws or leaks the length. */
const sameToken = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));
/** The token of `Authorization: Bearer <token>`; anything else is no token. */
const bearerToken = (header: string | undefined) => /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];

/**
 * For the API's writes (acknowledging insights, tracking repositories): null
 * when the request carries `Authorization: Bearer $API_TOKEN`, otherwise the
 * 401's body. `what` names what the token enables.
 */
export function checkApiToken(
  request: FastifyRequest,
  apiToken: string | undefined,
  what: string,
): { error: string; message: string } | null {
  if (!apiToken) return { error: 'no_api_token', message: `set API_TOKEN to enable ${what}` };
  const given = bearerToken(request.headers.authorization);
  if (given === undefined || !sameToken(given, apiToken))
    return { error: 'bad_token', message: 'Authorization: Bearer <API_TOKEN> is missing or wrong' };
  return null;
}
