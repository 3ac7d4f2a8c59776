import { UserFacingError } from '../../user-facing-error.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { IdentityDatabase, IdentityQueryable } from '../identity-database.ts';
import type { Principal } from '../principal.ts';
import { isRole, type Role, scopesOfRole } from '../roles.ts';
import { ensureLocalUserSql } from './ensure-local-user.queries.ts';
import { findUserSql } from './find-user.queries.ts';
import { type IListUsersSqlResult, listUsersSql } from './list-users.queries.ts';
import { setUserRoleSql } from './set-user-role.queries.ts';

export type UserRow = IListUsersSqlResult;
export interface UserRef {
  userId: number;
  login: string;
  role: Role;
}

/** The user a principal acts as; API_TOKEN is nobody, so it owns no tokens. */
export function userRefOf(principal: Principal): UserRef {
  if (principal.userId === null) {
    throw new UserFacingError(
      'API_TOKEN is no user: it owns no tokens.',
      'Act as a user (a session or their token).',
      2,
    );
  }
  return { userId: principal.userId, login: principal.login, role: principal.role };
}

const asRole = (role: string): Role => (isRole(role) ? role : 'viewer');

/** The implicit user of auth.mode local: every role (SPEC section 10). */
export async function localPrincipal(db: IdentityQueryable): Promise<Principal> {
  const [user] = await ensureLocalUserSql.run(undefined, db);
  if (!user) throw new Error('the local user could not be written');
  return {
    userId: user.user_id,
    login: user.login,
    role: 'admin',
    scopes: scopesOfRole('admin'),
    via: 'local',
  };
}

export async function findUser(db: IdentityQueryable, login: string): Promise<UserRef> {
  const [user] = await findUserSql.run({ login }, db);
  if (!user) {
    throw new UserFacingError(
      `No user ${login} in the identity database.`,
      'See `gitpulse users list`; a GitHub user appears once they have signed in.',
      2,
    );
  }
  return { userId: user.user_id, login: user.login, role: asRole(user.role) };
}

export function listUsers(db: IdentityQueryable): Promise<UserRow[]> {
  return listUsersSql.run(undefined, db);
}

/** Gives a user another role (admins only), in the audit log with the role it replaced. */
export async function setUserRole(
  identity: IdentityDatabase,
  actor: Principal,
  login: string,
  role: Role,
): Promise<{ login: string; previousRole: string; role: string }> {
  if (actor.role !== 'admin') throw new UserFacingError('Only admins change roles.', 'Ask an admin.', 2);
  return identity.transaction(async (client) => {
    const user = await findUser(client, login);
    const [changed] = await setUserRoleSql.run({ userId: user.userId, role }, client);
    if (!changed) throw new Error(`user ${login} vanished while its role changed`);
    await recordAuditEvent(client, {
      actor,
      action: 'user.role',
      target: changed.login,
      details: { from: changed.previous_role, to: changed.role },
    });
    return { login: changed.login, previousRole: changed.previous_role, role: changed.role };
  });
}
