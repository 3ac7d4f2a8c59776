import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Query parameters that pick the representation, not the data: taken off before validation. */
const REPRESENTATION_PARAMS = ['format', 'table'] as const;

interface CsvRequest {
  csv?: { table?: string };
}

/**
 * Every list the API answers is also offered as CSV, for spreadsheets and
 * notebooks: `Accept: text/csv` or `?format=csv`. The rows are the answer's
 * `items`, or its only list, or the one `?table=` names (a repository's
 * `history`, a company's `top_forked`); nested values are cells of JSON.
 * Two hooks around the response cache (src/api/create-server.ts): the request
 * is read before the cache may answer it, and the conversion runs after the
 * cache kept the JSON, so fresh and cached answers convert alike.
 */
export function registerCsvNegotiation(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const query = request.query as Record<string, string | undefined>;
    const accept = String(request.headers.accept ?? '');
    if (query.format === 'csv' || (query.format === undefined && /\btext\/csv\b/.test(accept)))
      (request as CsvRequest).csv = { table: query.table };
    if (query.format === undefined || query.format === 'csv' || query.format === 'json')
      for (const name of REPRESENTATION_PARAMS) delete query[name];
  });
}

export function registerCsvConversion(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const wanted = (request as CsvRequest).csv;
    if (!wanted) return payload;
    reply.header('vary', 'Accept');
    if (reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const rows = pickRows(JSON.parse(payload), wanted.table);
    if ('error' in rows) {
      reply.code(406).type('application/json; charset=utf-8');
      return JSON.stringify({ error: 'not_acceptable', message: rows.error });
    }
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(request, wanted.table)}"`);
    return toCsv(rows.rows);
  });
}

function pickRows(
  body: unknown,
  table: string | undefined,
): { rows: Record<string, unknown>[] } | { error: string } {
  const lists = Object.entries((body ?? {}) as Record<string, unknown>).filter(([, value]) =>
    Array.isArray(value),
  );
  const names = lists.map(([name]) => name);
  const chosen = table
    ? lists.find(([name]) => name === table)
    : (lists.find(([name]) => name === 'items') ?? (lists.length === 1 ? lists[0] : undefined));
  if (!chosen)
    return {
      error:
        names.length === 0
          ? 'this answer has no list to send as CSV'
          : `pick the list to send as CSV with ?table= (one of: ${names.join(', ')})`,
    };
  return {
    rows: (chosen[1] as unknown[]).map((row) =>
      row && typeof row === 'object' ? row : { value: row },
    ) as Record<string, unknown>[],
  };
}

/** One column per key any row has, in first-seen order; objects and arrays as JSON. */
function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return stringify(
    rows.map((row) =>
      columns.map((column) => {
        const value = row[column];
        return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
      }),
    ),
    { header: true, columns },
  );
}

const fileName = (request: FastifyRequest, table: string | undefined) =>
  `${request.url
    .replace(/\?.*$/, '')
    .replace(/^\/api\//, '')
    .replace(/[^\w.-]+/g, '-')}${table ? `-${table}` : ''}.csv`;
