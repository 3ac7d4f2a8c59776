import { type Command, Option } from 'commander';
import { SCOPES, type Scope } from '../../identity/roles.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../identity/tokens/api-tokens.ts';
import { findUser, localPrincipal, userRefOf } from '../../identity/users/users.ts';
import { withCommandContext } from '../command-context.ts';
import { integerOption } from '../option-parsers.ts';
import { printTable } from '../print-table.ts';

/*
 * Personal API tokens (SPEC section 10). On this machine the command acts as
 * the local user, who has every role (auth.mode local); `--user` makes or
 * lists another user's.
 */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('personal API tokens (Authorization: Bearer gpt_…)');
  token
    .command('create')
    .description('create a token; it is printed once and kept only as its hash')
    .requiredOption('--name <name>', 'what the token is for (shown in token list)')
    .addOption(
      new Option('--scope <scopes...>', 'what it may do (never more than its owner’s role)')
        .choices([...SCOPES])
        .default(['read']),
    )
    .option('--expires <days>', 'days until it expires (default: never)', integerOption(1, 3650))
    .option('--user <login>', 'whose token (admins): another user of the identity database')
    .option('--json', 'print the token and its details as JSON')
    .action(
      async (
        options: { name: string; scope: Scope[]; expires?: number; user?: string; json?: boolean },
        command: Command,
      ) => {
        await withCommandContext(command, async (context) => {
          const identity = await context.identity();
          const actor = await localPrincipal(identity.pool);
          const owner = options.user ? await findUser(identity.pool, options.user) : userRefOf(actor);
          const created = await createApiToken(identity, actor, owner, {
            name: options.name,
            scopes: options.scope,
            expiresInDays: options.expires,
          });
          if (options.json) {
            process.stdout.write(
              `${JSON.stringify({ ...created, owner: owner.login, name: options.name })}\n`,
            );
            return;
          }
          process.stdout.write(
            `${created.token}\n` +
              `token ${created.tokenId} "${options.name}" of ${owner.login}: ${created.scopes.join(', ')}, ` +
              `${created.expiresAt ? `expires ${created.expiresAt}` : 'does not expire'}. ` +
              'Copy it now: gitpulse keeps only its hash.\n',
          );
        });
      },
    );
  token
    .command('list')
    .description('tokens (never the secrets): yours, another user’s, or everyone’s')
    .option('--user <login>', 'this user’s tokens')
    .option('--all', 'everyone’s tokens (admins)')
    .option('--json', 'print JSON')
    .action(async (options: { user?: string; all?: boolean; json?: boolean }, command: Command) => {
      await withCommandContext(command, async (context) => {
        const identity = await context.identity();
        const actor = await localPrincipal(identity.pool);
        const owner = options.all
          ? null
          : options.user
            ? await findUser(identity.pool, options.user)
            : userRefOf(actor);
        const rows = await listApiTokens(identity.pool, owner);
        if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else
          printTable(
            'Tokens',
            rows.map((row) => ({ ...row, scopes: row.scopes.join(' '), last_four: `…${row.last_four}` })),
          );
      });
    });
  token
    .command('revoke <id>')
    .description('revoke a token at once: its next request gets 401')
    .action(async (id: string, _options: unknown, command: Command) => {
      const tokenId = integerOption(1)(id);
      await withCommandContext(command, async (context) => {
        const identity = await context.identity();
        await revokeApiToken(identity, await localPrincipal(identity.pool), tokenId);
        process.stdout.write(`token ${tokenId} revoked\n`);
      });
    });
}
