import { showBars } from './terminal-bars.ts';

export interface ImportProgress {
  update(progress: { hour: string; hoursDone: number; events: number }): void;
  stop(): void;
}

/** A bar over an import's hours with events per second, on a terminal; nothing elsewhere. */
export function createImportProgress(totalHours: number, stream = process.stderr): ImportProgress {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const started = Date.now();
  const multi = showBars(
    { format: 'events [{bar}] {value}/{total} hours · {hour} · {events} events · {rate} events/s' },
    undefined,
    stream,
  );
  const bar = multi.create(totalHours, 0, { hour: '', events: 0, rate: 0 });
  return {
    update: ({ hour, hoursDone, events }) =>
      bar.update(hoursDone, {
        hour,
        events,
        rate: Math.round(events / Math.max(0.001, (Date.now() - started) / 1000)),
      }),
    stop: () => multi.stop(),
  };
}
