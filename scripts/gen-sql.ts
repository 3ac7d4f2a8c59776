/**
 * `npm run gen:sql`: the parameter and row types of every PostgreSQL statement
 * under src/, read from a freshly migrated database by pgtyped (seed 003's
 * `just gen`) and written beside each file as NAME.queries.ts.
 * `npm run gen:sql -- --check` (CI) fails when the committed files differ from
 * what the SQL gives, or when a statement file has neither a `/* @name … *\/`
 * header nor a first line `-- untyped: <why>` (pgtyped skips such files
 * silently).
 *
 * The database is a new one on GEN_DATABASE_URL's server when set, else on an
 * embedded server in a temp dir; dropped afterwards either way.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { databaseFromUrl } from '../src/db/database.ts';
import { startEmbeddedServer } from '../src/db/embedded-server.ts';
import { applyMigrations } from '../src/db/migrations/apply-migrations.ts';
import { IDENTITY_MIGRATIONS } from '../src/identity/identity-database.ts';
import { freePort } from '../test/support/free-port.ts';

/**
 * The folders of src/ whose .sql files are PostgreSQL statements, the warehouse's and the
 * identity database's (src/events and src/clickhouse hold ClickHouse SQL; src/db's name
 * identifiers at run time).
 */
const STATEMENT_FOLDERS = [
  'analytics',
  'identity',
  'ops',
  'pipeline',
  'raw',
  'staging',
  'status',
  'warehouse',
];

const check = process.argv.includes('--check');
const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => join('src', f));
const statementFiles = files.filter(
  (f) => f.endsWith('.sql') && STATEMENT_FOLDERS.includes(f.split('/')[1] ?? ''),
);
const problems = statementFiles
  .filter((f) => !/^(\/\* @name \w+Sql \*\/|-- untyped: \S)/.test(readFileSync(f, 'utf8')))
  .map((f) => `${f}: starts with neither /* @name ${pascal(f)}Sql */ nor -- untyped: <why>`);
problems.push(
  ...files
    .filter((f) => f.endsWith('.queries.ts') && !existsSync(f.replace(/\.queries\.ts$/, '.sql')))
    .map((f) => `${f}: its .sql file is gone; delete it`),
);
if (problems.length > 0) {
  console.error(`gen:sql:\n${problems.join('\n')}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'gitpulse-gen-sql-'));
const configFile = join(work, 'pgtyped.json');
writeFileSync(
  configFile,
  JSON.stringify({
    transforms: [
      {
        mode: 'sql',
        include: `@(${STATEMENT_FOLDERS.join('|')})/**/*.sql`,
        emitTemplate: '{{dir}}/{{name}}.queries.ts',
      },
    ],
    srcDir: './src',
    failOnError: true,
    // as the warehouse pool parses them (src/db/database.ts)
    typesOverrides: { int8: 'number', numeric: 'number', date: 'string' },
  }),
);
const server = process.env.GEN_DATABASE_URL
  ? undefined
  : await startEmbeddedServer({
      home: work,
      port: await freePort(),
      logger: pino({ level: 'silent' }),
      database: 'postgres',
    });
const adminUrl = process.env.GEN_DATABASE_URL ?? (server as NonNullable<typeof server>).url;
const name = `gitpulse_gen_${randomBytes(6).toString('hex')}`;
let status = 1;
try {
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = databaseFromUrl(url.toString());
  // both databases' schemas in one throwaway database: their names do not collide
  await applyMigrations(database);
  await applyMigrations(database, { set: IDENTITY_MIGRATIONS });
  await database.close();
  const run = spawnSync('npx', ['pgtyped', '-c', configFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: url.toString() },
  });
  // pgtyped prints a line per file; keep what is not routine
  const said = run.stdout
    .split('\n')
    .filter((line) => line && !/^(Processing|Saved|Skipped|Using a pool)/.test(line));
  if (said.length > 0) console.log(said.join('\n'));
  status = run.status ?? 1;
  if (status === 0) for (const file of statementFiles) compact(file.replace(/\.sql$/, '.queries.ts'));
  if (status === 0 && check) {
    const diff = spawnSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((line) => line.endsWith('.queries.ts'));
    if (diff.length > 0) {
      console.error(
        `gen:sql: the generated types differ from the SQL; run npm run gen:sql and commit them:\n${diff.join('\n')}`,
      );
      status = 1;
    }
  }
  if (status === 0)
    console.log(`gen:sql: ${statementFiles.length} statement files, types ${check ? 'current' : 'written'}`);
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(status);

/**
 * pgtyped's output, shortened to what is used: one line per type, no copy of
 * the SQL in a comment (the .sql file beside it is the text to read), and no
 * query-type interface nothing imports.
 */
function compact(file: string): void {
  if (!existsSync(file)) return;
  const source = file.replace(/\.queries\.ts$/, '.sql');
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*\*[\s\S]*?\*\/\n/g, '')
    .replace(/export interface I\w+SqlQuery \{[^}]*\}\n/g, '')
    .replace(/\{\n((?: {2}[^\n]*\n)+)\}/g, (_, body: string) => `{ ${body.trim().split(/\n\s*/).join(' ')} }`)
    .replace(/\n{2,}/g, '\n');
  writeFileSync(
    file,
    `// Generated by npm run gen:sql from ${source.split('/').pop()}: do not edit.\n${text}`,
  );
}

function pascal(file: string): string {
  const base =
    file
      .split('/')
      .pop()
      ?.replace(/\.sql$/, '') ?? '';
  return base
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
