import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one file: bytes, or bytes sent in part and then held (a slow or cut-off download). */
export type HourFile = Buffer | { bytes: Buffer; sendFirst: number; holdMs: number };

/**
 * A GH Archive stand-in over real HTTP: serves the given files by name,
 * 404 for anything else, as GH Archive does for an hour it does not have.
 */
export async function startHourFileServer(files: Map<string, HourFile>, onRequest?: (name: string) => void) {
  const server: Server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '').split('/').pop() ?? '');
    onRequest?.(name);
    const file = files.get(name);
    if (!file) {
      response
        .writeHead(404, { 'content-type': 'application/xml' })
        .end('<Error><Code>NoSuchKey</Code></Error>');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/gzip' });
    if (Buffer.isBuffer(file)) {
      response.end(file);
      return;
    }
    response.write(file.bytes.subarray(0, file.sendFirst));
    setTimeout(() => response.end(file.bytes.subarray(file.sendFirst)), file.holdMs).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
