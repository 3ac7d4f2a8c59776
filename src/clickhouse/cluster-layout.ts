import { UserFacingError } from '../user-facing-error.ts';

/*
 * The cluster layout (config events.cluster) derived from the single-node
 * migration files, so a table or view is written once. A view gains
 * `ON CLUSTER`; a MergeTree table becomes a Replicated… table on every shard
 * (named and sharded as SHARDED_TABLES says) behind a Distributed
 * table of the single-node name, so queries read the same names on both
 * layouts. {shard} and {replica} are the servers' own macros.
 */

/**
 * Each table's shards: every copy of an event, and one repository's whole
 * history, on one shard, where FINAL deduplicates it. Kept here rather than
 * in the migration files, whose checksums are in existing ledgers.
 */
const SHARDED_TABLES: Record<string, { local: string; shardingKey: string }> = {
  github_events_store: { local: 'github_events_local', shardingKey: 'cityHash64(repo_id)' },
  client_events_store: { local: 'client_events_local', shardingKey: 'cityHash64(repository)' },
};
const CREATE_VIEW = /^(CREATE (?:MATERIALIZED )?VIEW IF NOT EXISTS \w+)/m;
const CREATE_TABLE = /^CREATE TABLE IF NOT EXISTS (\w+)/m;
const ENGINE = /^ENGINE = (\w*)MergeTree\(([^)]*)\)/m;

/** The statements that give `statement`'s object on `cluster`. */
export function clusterStatements(statement: string, cluster: string, file: string): string[] {
  if (CREATE_VIEW.test(statement)) return [statement.replace(CREATE_VIEW, `$1 ON CLUSTER ${cluster}`)];
  const table = statement.match(CREATE_TABLE)?.[1];
  if (!table) return [statement];
  const sharded = SHARDED_TABLES[table];
  if (!sharded || !ENGINE.test(statement)) {
    throw new UserFacingError(
      `ClickHouse migration ${file} creates ${table}, which has no cluster layout (a MergeTree engine and an entry in SHARDED_TABLES, src/clickhouse/cluster-layout.ts).`,
      'Add its entry there, or unset events.cluster.',
      2,
    );
  }
  const { local, shardingKey } = sharded;
  const replicated = statement
    .replace(CREATE_TABLE, `CREATE TABLE IF NOT EXISTS ${local} ON CLUSTER ${cluster}`)
    .replace(ENGINE, (_, kind: string, args: string) => {
      const path = `'/clickhouse/tables/{shard}/gitpulse/${local}', '{replica}'`;
      return `ENGINE = Replicated${kind}MergeTree(${args.trim() ? `${path}, ${args}` : path})`;
    });
  const distributed = `CREATE TABLE IF NOT EXISTS ${table} ON CLUSTER ${cluster} AS ${local}
ENGINE = Distributed(${cluster}, currentDatabase(), ${local}, ${shardingKey})`;
  return [replicated, distributed];
}
