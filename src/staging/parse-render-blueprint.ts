import { parse } from 'yaml';

/** gitpulse's Render service types (warehouse.dim_render_services). */
export type RenderServiceType =
  | 'web'
  | 'worker'
  | 'cron'
  | 'background-worker'
  | 'private-service'
  | 'static-site'
  | 'postgres'
  | 'redis';

/**
 * Service types declared by a render.yaml blueprint, with how many of each.
 * Blueprint spellings: `type: web` with `runtime: static` (or `env: static`)
 * is a static site, `pserv` a private service, `keyvalue`/`redis` Redis, and
 * every entry under `databases:` PostgreSQL. An unreadable blueprint yields {}.
 */
export function parseRenderBlueprint(text: string): Partial<Record<RenderServiceType, number>> {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return {};
  }
  if (!doc || typeof doc !== 'object') return {};
  const counts: Partial<Record<RenderServiceType, number>> = {};
  const add = (type: RenderServiceType) => {
    counts[type] = (counts[type] ?? 0) + 1;
  };
  const { services, databases } = doc as { services?: unknown; databases?: unknown };
  for (const service of Array.isArray(services) ? services : []) {
    if (!service || typeof service !== 'object') continue;
    const { type, runtime, env } = service as { type?: string; runtime?: string; env?: string };
    if (type === 'web' && (runtime === 'static' || env === 'static')) add('static-site');
    else if (type === 'web') add('web');
    else if (type === 'pserv' || type === 'private-service') add('private-service');
    else if (type === 'worker') add('worker');
    else if (type === 'background-worker' || type === 'background_worker') add('background-worker');
    else if (type === 'cron') add('cron');
    else if (type === 'keyvalue' || type === 'redis') add('redis');
  }
  for (const database of Array.isArray(databases) ? databases : []) if (database) add('postgres');
  return counts;
}

/** Decodes a contents-API answer (base64) and parses it. */
export function parseBlueprintAnswer(apiResponse: unknown): Partial<Record<RenderServiceType, number>> {
  const { content, encoding } = (apiResponse ?? {}) as { content?: string; encoding?: string };
  if (typeof content !== 'string' || encoding !== 'base64') return {};
  return parseRenderBlueprint(Buffer.from(content, 'base64').toString('utf8'));
}
