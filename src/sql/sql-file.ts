import { readFileSync } from 'node:fs';

/**
 * Reads a .sql file that sits beside the module asking for it:
 * `const UPSERT = sqlFile(import.meta.url, 'upsert-thing.sql')`.
 */
export function sqlFile(moduleUrl: string, name: string): string {
  return readFileSync(new URL(`./${name}`, moduleUrl), 'utf8');
}
