import Table from 'cli-table3';

/** Prints rows as an aligned table on stdout; an empty list prints `empty`. */
export function printTable(title: string, rows: object[]): void {
  process.stdout.write(`\n${title}\n`);
  const first = rows[0];
  if (!first) {
    process.stdout.write('  (none)\n');
    return;
  }
  const table = new Table({
    head: Object.keys(first),
    style: { head: [], border: [], compact: true },
  });
  for (const row of rows) table.push(Object.values(row).map(formatCell));
  process.stdout.write(`${table.toString()}\n`);
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('.000Z', 'Z');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
