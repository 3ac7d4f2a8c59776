import { createServer, request as forward, type Server } from 'node:http';

export interface CountingProxy {
  url: string;
  /** The bodies of the POST /api/events requests that reached gitpulse, in order. */
  eventPosts: { events: { id: string; type: string }[] }[];
  /** Lose the answer of the next POST /api/events after gitpulse has taken it (a dropped connection). */
  dropNextEventsAnswer: () => void;
  close: () => Promise<void>;
}

/**
 * Stands between the extension and gitpulse: counts what the extension sends
 * to /api/events, and can cut a connection after gitpulse answered, so the
 * extension sees a failure for a batch the server stored.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const eventPosts: CountingProxy['eventPosts'] = [];
  let dropNext = false;
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const isEvents = incoming.method === 'POST' && incoming.url === '/api/events';
      if (isEvents) eventPosts.push(JSON.parse(body.toString('utf8')));
      const drop = isEvents && dropNext;
      if (drop) dropNext = false;
      const upstream = forward(
        new URL(incoming.url ?? '/', target),
        { method: incoming.method, headers: { ...incoming.headers, host: new URL(target).host } },
        (answer) => {
          if (drop) {
            answer.resume();
            answer.on('end', () => incoming.socket.destroy());
            return;
          }
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    eventPosts,
    dropNextEventsAnswer: () => {
      dropNext = true;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
