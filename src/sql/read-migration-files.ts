import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserFacingError } from '../user-facing-error.ts';

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

/** The numbered migration files of a folder (PostgreSQL's or ClickHouse's), checked: names, no gaps. */
export function readMigrationFiles(dir: string): MigrationFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const migrations = files.map((name) => {
    const match = FILE_NAME.exec(name);
    if (!match) {
      throw new UserFacingError(
        `Migration file name ${name} in ${dir} is not NNNN_lower_snake.sql`,
        'Rename it, e.g. 0009_add_index.sql.',
        2,
      );
    }
    const sql = readFileSync(join(dir, name), 'utf8');
    return { version: Number(match[1]), name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new UserFacingError(
        `Migrations must be numbered 0001, 0002, … without gaps or repeats; found ${migration.name} at position ${index + 1}.`,
        'Renumber the new migration file.',
        2,
      );
    }
  });
  return migrations;
}
