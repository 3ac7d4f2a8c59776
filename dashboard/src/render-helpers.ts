/** Escapes text for HTML templates. */
export const esc = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const num = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : value.toLocaleString('en-US');

export const signed = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${value > 0 ? '+' : ''}${value.toLocaleString('en-US')}`;

export const repoLink = (fullName: string): string =>
  `<a href="#/repo/${esc(fullName)}">${esc(fullName)}</a>`;

export interface Column<T> {
  label: string;
  cell: (row: T, index: number) => string;
  numeric?: boolean;
  /** Ids and dates: kept on one line. */
  nowrap?: boolean;
}

/** A column of a figure, right-aligned. */
export const numberColumn = <T>(label: string, value: (row: T) => number | null | undefined): Column<T> => ({
  label,
  cell: (row) => num(value(row)),
  numeric: true,
});

export function table<T>(rows: T[], columns: Column<T>[], empty = 'Nothing here yet.'): string {
  if (rows.length === 0) return `<div class="empty">${esc(empty)}</div>`;
  const classes = (c: Column<T>) => [c.numeric ? 'num' : '', c.nowrap ? 'nowrap' : ''].join(' ').trim();
  const head = columns.map((c) => `<th class="${classes(c)}">${esc(c.label)}</th>`).join('');
  const body = rows
    .map(
      (row, i) =>
        `<tr>${columns.map((c) => `<td class="${classes(c)}">${c.cell(row, i)}</td>`).join('')}</tr>`,
    )
    .join('');
  // On a narrow screen a wide table scrolls inside its box, not the page.
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** A row of charts holding one canvas, drawn into by id (charts.ts). */
export const chartPanel = (id: string, ariaLabel?: string) =>
  `<div class="charts"><div class="chart"><canvas id="${id}"${ariaLabel ? ` aria-label="${esc(ariaLabel)}"` : ''}></canvas></div></div>`;

export const card = (label: string, value: string) =>
  `<div class="card"><div class="muted">${esc(label)}</div><div class="value">${value}</div></div>`;

/** Download links for the table an API answer fills: CSV (the API's ?format=csv) and JSON. */
export function downloads(apiPath: string, table?: string): string {
  const csv = new URL(apiPath, location.origin);
  csv.searchParams.set('format', 'csv');
  if (table) csv.searchParams.set('table', table);
  return `<span class="downloads">Download <a href="${esc(csv.pathname + csv.search)}" download>CSV</a> · <a href="${esc(apiPath)}" download>JSON</a></span>`;
}
