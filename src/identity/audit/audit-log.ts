import type { IdentityQueryable } from '../identity-database.ts';
import type { Principal } from '../principal.ts';
import { type IListAuditEventsSqlResult, listAuditEventsSql } from './list-audit-events.queries.ts';
import { recordAuditEventSql } from './record-audit-event.queries.ts';

export type AuditEventRow = IListAuditEventsSqlResult;

/** Actions the audit log records (SPEC section 10). */
export type AuditAction =
  | 'token.create'
  | 'token.revoke'
  | 'user.role'
  | 'user.sign_in'
  | 'user.sign_in_refused'
  | 'user.sign_out'
  | 'repository.track'
  | 'insight.ack';

/** One line of the audit log; never a secret in `details`. */
export async function recordAuditEvent(
  db: IdentityQueryable,
  event: {
    actor: Principal;
    action: AuditAction;
    target?: string;
    details?: Record<string, string | number | boolean | null | string[]>;
    sourceIp?: string;
  },
): Promise<void> {
  await recordAuditEventSql.run(
    {
      actorUserId: event.actor.userId,
      actorLogin: event.actor.login,
      action: event.action,
      target: event.target ?? null,
      details: event.details ?? null,
      sourceIp: event.sourceIp ?? null,
    },
    db,
  );
}

export function listAuditEvents(db: IdentityQueryable, limit: number): Promise<AuditEventRow[]> {
  return listAuditEventsSql.run({ limit }, db);
}
