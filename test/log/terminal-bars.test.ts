import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBackfillProgress } from '../../src/log/backfill-progress.ts';
import { terminalLines } from '../../src/log/terminal-bars.ts';

/** A terminal as cli-progress sees one: a TTY of 100 columns; what was written is kept. */
function fakeTerminal() {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written.push(String(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 100, rows: 30 });
  // what is on each line of the screen once carriage returns and line clears are applied
  const screenLines = () =>
    written
      .join('')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the escapes cli-progress writes
      .replace(/\x1b\[\??[0-9;]*[A-Za-z]/g, '')
      .split('\n')
      .map((line) => line.split('\r').filter(Boolean).at(-1) ?? '');
  return { stream, screenLines };
}

describe('log lines beside a progress bar', () => {
  it('go above the bar on a line of their own, while it is drawn and when it stops', async () => {
    const { stream, screenLines } = fakeTerminal();
    const progress = createBackfillProgress(30, stream);
    const lines = terminalLines(stream);
    lines.write('[10:22:03] WARN: no GITHUB_WEBHOOK_SECRET: webhooks are refused\n');
    await new Promise((resolve) => setTimeout(resolve, 250)); // the bar's next redraw
    progress?.dayDone(1, '2026-07-01');
    lines.write('[10:22:04] WARN: written just before the bar stops\n');
    progress?.stop();
    lines.write('[10:22:05] WARN: after the bar\n');

    const screen = screenLines();
    const warnings = screen.filter((line) => line.includes('WARN'));
    expect(warnings).toEqual([
      '[10:22:03] WARN: no GITHUB_WEBHOOK_SECRET: webhooks are refused',
      '[10:22:04] WARN: written just before the bar stops',
      '[10:22:05] WARN: after the bar',
    ]);
    expect(screen.filter((line) => line.startsWith('backfill [')).at(-1)).toContain('1/30 days');
  });
});
