import { Presets } from 'cli-progress';
import { showBars } from './terminal-bars.ts';

export interface PhaseProgress {
  /** One more task of `phase` finished. */
  tick(phase: string, task: string): void;
  stop(): void;
}

/**
 * A progress bar per pipeline phase on a terminal (stderr is a TTY); nothing
 * elsewhere, where the structured log lines tell the same story.
 */
export function createPhaseProgress(totals: Record<string, number>, stream = process.stderr): PhaseProgress {
  if (!stream.isTTY || Object.keys(totals).length === 0) return { tick: () => {}, stop: () => {} };
  const multi = showBars(
    { format: '{phase} [{bar}] {value}/{total} {task}', hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
    stream,
  );
  const bars = new Map(
    Object.entries(totals).map(([phase, total]) => [
      phase,
      multi.create(total, 0, { phase: phase.padEnd(7), task: '' }),
    ]),
  );
  return {
    tick: (phase, task) => {
      const bar = bars.get(phase);
      if (!bar) return;
      if (bar.getProgress() >= 1) bar.setTotal(bar.getTotal() + 1);
      bar.increment(1, { task });
    },
    stop: () => multi.stop(),
  };
}
