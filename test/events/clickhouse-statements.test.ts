import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedgerStatement } from '../../src/clickhouse/apply-clickhouse-migrations.ts';
import type { ClickHouse } from '../../src/clickhouse/clickhouse-connection.ts';
import type { ClickHouseStatement } from '../../src/clickhouse/clickhouse-statement.ts';
import * as eventsStatements from '../../src/events/events-statements.ts';
import { openTestEventsStore } from '../support/events-store.ts';

const statements: ClickHouseStatement<Record<string, string>>[] = [
  readLedgerStatement,
  ...Object.values(eventsStatements),
];

let clickhouse: ClickHouse;
beforeAll(async () => {
  clickhouse = await openTestEventsStore();
});
afterAll(async () => {
  await clickhouse?.close();
});

describe('ClickHouse statements', () => {
  it.each(statements.map((s) => [s.file, s] as const))(
    "%s: its declared result columns are the engine's",
    async (_file, statement) => {
      const described = await clickhouse.query<{ name: string; type: string }>(
        `DESCRIBE (${statement.sql})`,
        statement.sampleParams,
      );
      expect(described.map(({ name, type }) => [name, type])).toEqual(Object.entries(statement.columns));
    },
  );

  it('a wrong declaration is caught', async () => {
    const described = await clickhouse.query<{ name: string; type: string }>(
      `DESCRIBE (${readLedgerStatement.sql})`,
    );
    expect(described.map(({ name, type }) => [name, type])).not.toEqual(
      Object.entries({ ...readLedgerStatement.columns, version: 'UInt64' }),
    );
  });
});
