/** A row of github_events_store (migrations/clickhouse/0001_github_events.sql). */
export interface EventRow {
  id: string;
  type: string;
  created_at: string;
  actor_id: number;
  actor_login: string;
  repo_id: number;
  repo_name: string;
  org_login: string;
  action: string;
  number: number;
  ref: string;
  merged: boolean;
  source: 'gharchive' | 'webhook';
  /**
   * The event's payload object: the String column stores it as its JSON text
   * (ClickHouse reads a nested object into a String column as written), so
   * it is serialized once, by the insert, not twice.
   */
  payload: Record<string, unknown>;
}

export type ParsedEvent = { row: EventRow } | { reason: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const count = (value: unknown) => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0;
};

/** 'YYYY-MM-DD HH:MM:SS' in UTC, as DateTime('UTC') reads it; null when not a time. */
function utc(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * An event object in the Events API shape (actor, repo and org objects; a
 * webhook delivery is put in it by delivery-event.ts) as a row, or why it is
 * not one. GH Archive's hours are mapped by the engine itself:
 * insert-gharchive-chunk.sql.
 */
export function eventRow(event: Json, source: EventRow['source']): ParsedEvent {
  const type = text(event.type);
  if (!/^[A-Za-z]+Event$/.test(type))
    return { reason: `no event type (type: ${JSON.stringify(event.type)})` };
  const createdAt = utc(event.created_at);
  if (!createdAt) return { reason: `no valid created_at (${JSON.stringify(event.created_at)})` };
  const payload = isObject(event.payload) ? event.payload : {};
  const actor = isObject(event.actor) ? event.actor : {};
  const repo = isObject(event.repo) ? event.repo : {};
  const pull = isObject(payload.pull_request) ? payload.pull_request : undefined;
  const issue = isObject(payload.issue) ? payload.issue : undefined;
  return {
    row: {
      id: String(event.id),
      type,
      created_at: createdAt,
      actor_id: count(actor.id),
      actor_login: text(actor.login),
      repo_id: count(repo.id),
      repo_name: text(repo.name),
      org_login: isObject(event.org) ? text(event.org.login) : '',
      action: text(payload.action),
      number: count(payload.number ?? pull?.number ?? issue?.number),
      ref: text(payload.ref),
      merged: pull?.merged === true || (typeof pull?.merged_at === 'string' && pull.merged_at !== ''),
      source,
      payload,
    },
  };
}
