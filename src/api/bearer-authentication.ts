import { createHash, timingSafeEqual } from 'node:crypto';
import type { IdentityDatabase } from '../identity/identity-database.ts';
import type { Principal } from '../identity/principal.ts';
import { scopesOfRole } from '../identity/roles.ts';
import { authenticateApiToken } from '../identity/tokens/api-tokens.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();
/** Equal-length digests, so neither a wrong length nor a multibyte token throws or leaks the length. */
const sameToken = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));
/** The token of `Authorization: Bearer <token>`; anything else is no token. */
const bearerToken = (header: string | undefined) => /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];

/** API_TOKEN acts as an admin that is nobody in particular (auth.mode local's migration path). */
const API_TOKEN_PRINCIPAL: Principal = {
  userId: null,
  login: 'API_TOKEN',
  role: 'admin',
  scopes: scopesOfRole('admin'),
  via: 'api_token',
};

/**
 * Who `Authorization: Bearer …` names: API_TOKEN, or a live personal token
 * of the identity database; null for a missing or wrong one; 'none' when
 * there is nothing it could match (no API_TOKEN and no identity database).
 */
export async function authenticateBearer(
  header: string | undefined,
  options: { apiToken?: string; identity?: IdentityDatabase },
): Promise<Principal | null | 'none'> {
  if (!options.apiToken && !options.identity) return 'none';
  const given = bearerToken(header);
  if (given === undefined) return null;
  if (options.apiToken && sameToken(given, options.apiToken)) return API_TOKEN_PRINCIPAL;
  return options.identity ? authenticateApiToken(options.identity.pool, given) : null;
}
