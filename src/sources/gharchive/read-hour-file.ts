import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

export interface HourFileStats {
  /** Compressed bytes read so far. */
  bytes: number;
  /** sha256 of the compressed file, once it was read to the end. */
  checksum: string | null;
}

/** An hour file that could not be read: HTTP errors, a truncated or corrupt gzip. */
export class HourFileError extends Error {
  override name = 'HourFileError';
}

/**
 * Streams one hour file: download, gunzip and split into lines, one chunk at
 * a time, so a 130 MB hour never sits in memory. Lines are numbered from 1.
 * Throws HourFileError for a non-200 answer or a gzip that ends early.
 * (Hand-written line splitting: readline does not pass gunzip's errors on to
 * its iterator, and a truncated file must fail the hour, not end it quietly.)
 */
export async function* readHourFile(
  url: string,
  stats: HourFileStats,
  fetchImpl: typeof fetch = fetch,
): AsyncGenerator<{ line: string; lineNumber: number }> {
  const response = await fetchImpl(url).catch((error: Error) => {
    throw new HourFileError(`cannot fetch ${url}: ${error.message}`);
  });
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel().catch(() => {});
    throw new HourFileError(
      `HTTP ${response.status} ${response.statusText || ''} for ${url}`.replace(/\s+for/, ' for'),
    );
  }
  const hash = createHash('sha256');
  const compressed = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  compressed.on('data', (chunk: Buffer) => {
    stats.bytes += chunk.length;
    hash.update(chunk);
  });
  const gunzip = createGunzip();
  compressed.on('error', (error) => gunzip.destroy(error));
  compressed.pipe(gunzip);
  const decoder = new StringDecoder('utf8'); // a character may straddle two chunks
  let rest = '';
  let lineNumber = 0;
  try {
    for await (const chunk of gunzip) {
      const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        lineNumber++;
        if (line.trim()) yield { line, lineNumber };
      }
    }
  } catch (error) {
    throw new HourFileError(`${url} is truncated or not gzip: ${(error as Error).message}`);
  } finally {
    compressed.destroy();
  }
  rest += decoder.end();
  if (rest.trim()) yield { line: rest, lineNumber: lineNumber + 1 };
  stats.checksum = hash.digest('hex');
}
