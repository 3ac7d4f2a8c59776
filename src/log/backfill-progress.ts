import { SingleBar } from 'cli-progress';

export interface BackfillProgress {
  dayDone(done: number, day: string): void;
  stop(): void;
}

/**
 * One bar over a backfill's days on a terminal; elsewhere (or for a single
 * day) nothing, and the caller logs each day instead.
 */
export function createBackfillProgress(total: number, stream = process.stderr): BackfillProgress | undefined {
  if (!stream.isTTY || total <= 1) return undefined;
  const bar = new SingleBar({ format: 'backfill [{bar}] {value}/{total} days · {day}', stream });
  bar.start(total, 0, { day: '' });
  return { dayDone: (done, day) => bar.update(done, { day }), stop: () => bar.stop() };
}
