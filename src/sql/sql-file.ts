import { readFileSync } from 'node:fs';
import pg from 'pg';

/**
 * Reads a .sql file that sits beside the module asking for it:
 * `const UPSERT = sqlFile(import.meta.url, 'upsert-thing.sql')`.
 */
export function sqlFile(moduleUrl: string, name: string): string {
  return readFileSync(new URL(`./${name}`, moduleUrl), 'utf8');
}

/**
 * A statement with identifiers PostgreSQL cannot bind (a ledger's table, a
 * schema to drop) named in it: each `:name` of `names` becomes that
 * identifier, quoted, or a schema-qualified one for a [schema, table] pair.
 * Casts (`::date`) and names not given are left alone.
 */
export function withIdentifiers(
  sql: string,
  names: Record<string, string | readonly [string, string]>,
): string {
  return sql.replace(/(?<!:):([a-z_]+)\b/g, (token, name: string) => {
    const value = names[name];
    if (value === undefined) return token;
    return typeof value === 'string'
      ? pg.escapeIdentifier(value)
      : value.map((part) => pg.escapeIdentifier(part)).join('.');
  });
}
