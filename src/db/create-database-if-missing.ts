import pg from 'pg';

/**
 * Creates database `name` on the server `db` is connected to unless it is
 * there already (the embedded server's own, the identity database beside the
 * warehouse). Another process creating it between the check and the CREATE
 * is not an error. CREATE DATABASE cannot take a parameter, hence the escaped name.
 */
export async function createDatabaseIfMissing(db: pg.Pool | pg.ClientBase, name: string): Promise<void> {
  const { rows } = await db.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (rows.length > 0) return;
  await db.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error;
  });
}
