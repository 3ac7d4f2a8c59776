/*
 * Checked by `npm run typecheck` (tsc), not run: a warehouse statement
 * cannot be handed another database's pool. Should the handles stop saying
 * which database they reach, the directive below is unused and tsc fails.
 */
import type pg from 'pg';
import type { HandleOf, Queryable, WarehousePool } from '../../src/db/database.ts';
import type { IdentityDatabase, IdentityQueryable } from '../../src/identity/identity-database.ts';

export function warehouseStatementsTakeWarehouseHandles(
  identityPool: HandleOf<'identity', pg.Pool>,
  warehousePool: WarehousePool,
): Queryable[] {
  // @ts-expect-error: the identity database's pool is not a warehouse handle
  const wrong: Queryable = identityPool;
  const right: Queryable = warehousePool;
  return [wrong, right];
}

export function identityStatementsTakeIdentityHandles(
  identity: IdentityDatabase,
  warehousePool: WarehousePool,
): IdentityQueryable[] {
  // @ts-expect-error: the warehouse's pool is not an identity handle
  const wrong: IdentityQueryable = warehousePool;
  const right: IdentityQueryable = identity.pool;
  return [wrong, right];
}
