import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { GITHUB_DOCS } from './rest-objects.ts';

/**
 * GitHub App authentication as GitHub does it: the app signs a JWT (iss = app
 * id, short expiry) and trades it for an installation token at
 * POST /app/installations/{id}/access_tokens; that token then has its own
 * quota. The replay checks the JWT's shape and claims, not its signature (it
 * holds no app's public key). Minted tokens are listed for tests.
 */
export function registerAppRoutes(
  app: FastifyInstance,
  minted: { installationId: string; token: string }[],
): void {
  app.post('/app/installations/:installationId/access_tokens', async (request, reply) => {
    const { installationId } = request.params as { installationId: string };
    const jwt = String(request.headers.authorization ?? '').replace(/^bearer\s+/i, '');
    const claims = decodeJwtClaims(jwt);
    const now = Math.floor(Date.now() / 1000);
    if (!claims || typeof claims.iss === 'undefined' || typeof claims.exp !== 'number' || claims.exp < now) {
      return reply.code(401).send({
        message: 'A JSON web token could not be decoded',
        documentation_url: `${GITHUB_DOCS}/apps/creating-github-apps/authenticating-with-a-github-app`,
      });
    }
    const token = `ghs_replay${randomBytes(12).toString('hex')}`;
    minted.push({ installationId, token });
    return reply.code(201).send({
      token,
      expires_at: new Date((now + 3600) * 1000).toISOString(),
      permissions: { metadata: 'read', contents: 'read', pull_requests: 'read' },
      repository_selection: 'all',
    });
  });
}

function decodeJwtClaims(jwt: string): Record<string, unknown> | null {
  const parts = jwt.split('.');
  if (parts.length !== 3) return null;
  try {
    return JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}
