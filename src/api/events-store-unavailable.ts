/** The 503 of a route that reads the events store when this server could not open one. */
export const EVENTS_STORE_UNAVAILABLE = {
  error: 'events_store_unavailable',
  message:
    'the events store is not open in this server (see the log at start; `npm install chdb` or set CLICKHOUSE_URL)',
};
