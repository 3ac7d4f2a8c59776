import { showBars } from './terminal-bars.ts';

export interface BackfillProgress {
  dayDone(done: number, day: string): void;
  stop(): void;
}

/**
 * One bar over a backfill's days on a terminal; elsewhere (or for a single
 * day) nothing, and the caller logs each day instead.
 */
export function createBackfillProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): BackfillProgress | undefined {
  if (!stream.isTTY || total <= 1) return undefined;
  const multi = showBars({ format: 'backfill [{bar}] {value}/{total} days · {day}' }, undefined, stream);
  const bar = multi.create(total, 0, { day: '' });
  return { dayDone: (done, day) => bar.update(done, { day }), stop: () => multi.stop() };
}
