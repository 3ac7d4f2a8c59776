import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
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

/** A run of an hour's lines in a file of their own, as GH Archive wrote them. */
export interface HourChunk {
  path: string;
  /** The hour's number of the chunk's first line, from 1 (blank lines are numbered too). */
  firstLine: number;
}

const NEWLINE = 0x0a;

/**
 * Streams one hour file: download and gunzip, one piece at a time, into
 * files of `linesPerChunk` lines each under `dir`, yielding each once it is
 * written, so a 130 MB hour never sits in memory and the events store can
 * read a chunk while the next one is unpacked. The bytes are never decoded
 * here: lines are only cut at newlines and counted. Throws HourFileError for
 * a non-200 answer or a gzip that ends early; chunks yielded before stay
 * valid. The caller removes the chunk files.
 */
export async function* readHourFile(
  url: string,
  stats: HourFileStats,
  chunks: { dir: string; linesPerChunk: number },
  fetchImpl: typeof fetch = fetch,
): AsyncGenerator<HourChunk> {
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

  let firstLine = 1;
  let lines = 0;
  let written = 0;
  let path = '';
  let file: Awaited<ReturnType<typeof open>> | undefined;
  // A failed write is the disk's, not the download's: it is not reported as a bad gzip.
  let writeError: unknown;
  const write = async (bytes: Buffer) => {
    try {
      if (!file) {
        path = join(chunks.dir, `lines-${firstLine}.json`);
        file = await open(path, 'w');
      }
      await file.write(bytes);
      written += bytes.length;
    } catch (error) {
      writeError = error;
      throw error;
    }
  };
  const finish = async (): Promise<HourChunk> => {
    await file?.close();
    const chunk = { path, firstLine };
    firstLine += lines;
    lines = 0;
    written = 0;
    file = undefined;
    return chunk;
  };
  try {
    for await (const piece of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      let newline = piece.indexOf(NEWLINE);
      while (newline !== -1) {
        lines++;
        if (lines === chunks.linesPerChunk) {
          await write(piece.subarray(start, newline + 1));
          yield await finish();
          start = newline + 1;
        }
        newline = piece.indexOf(NEWLINE, newline + 1);
      }
      if (start < piece.length) await write(piece.subarray(start));
    }
  } catch (error) {
    if (error === writeError) throw error;
    throw new HourFileError(`${url} is truncated or not gzip: ${(error as Error).message}`);
  } finally {
    await file?.close();
    compressed.destroy();
  }
  if (written > 0) yield await finish();
  stats.checksum = hash.digest('hex');
}
