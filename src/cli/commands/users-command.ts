import type { Command } from 'commander';
import { isRole, ROLES, type Role } from '../../identity/roles.ts';
import { listUsers, localPrincipal, setUserRole } from '../../identity/users/users.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { withCommandContext } from '../command-context.ts';
import { printTable } from '../print-table.ts';

/** Users and roles of the identity database (SPEC section 10); on this machine, as the local admin. */
export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('users of the identity database and their roles');
  users
    .command('list')
    .description('everyone who has signed in, their role and live tokens')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withCommandContext(command, async (context) => {
        const identity = await context.identity();
        await localPrincipal(identity.pool);
        const rows = await listUsers(identity.pool);
        if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else printTable('Users', rows);
      });
    });
  users
    .command('role <login> <role>')
    .description(
      `give a user a role: ${ROLES.join(' | ')} (viewers read; members also track and ack; admins manage)`,
    )
    .action(async (login: string, role: string, _options: unknown, command: Command) => {
      if (!isRole(role))
        throw new UserFacingError(`${role} is not a role.`, `Use one of ${ROLES.join(', ')}.`, 2);
      await withCommandContext(command, async (context) => {
        const identity = await context.identity();
        const changed = await setUserRole(identity, await localPrincipal(identity.pool), login, role as Role);
        process.stdout.write(`${changed.login}: ${changed.previousRole} → ${changed.role}\n`);
      });
    });
}
