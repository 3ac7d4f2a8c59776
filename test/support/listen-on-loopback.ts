import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** Starts `app` on a free port of 127.0.0.1 and returns its base URL (`http://127.0.0.1:PORT`). */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}
