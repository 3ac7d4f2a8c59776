import { Writable } from 'node:stream';
import { MultiBar, type Options, type Preset } from 'cli-progress';

/**
 * Progress bars and log lines share the terminal's stderr. A line written while
 * a bar is drawn landed inside the bar's line (`backfill [-----] 0/30 days ·
 * [10:22:03] WARN: …`), so while bars are shown, log lines wait for the bars'
 * next redraw (or their stop) and are written above them. cli-progress's own
 * MultiBar.log drops what is still buffered when the bars stop.
 */
const shown: { stream: NodeJS.WriteStream; pending: string[] }[] = [];

/** Bars on `stream`; log lines written through terminalLines() go above them until they stop. */
export function showBars(options: Options, preset: Preset | undefined, stream: NodeJS.WriteStream): MultiBar {
  const multi = new MultiBar({ ...options, stream }, preset);
  const entry = { stream, pending: [] as string[] };
  shown.push(entry);
  const flush = () => {
    // the cursor is at the first bar's line: clear it, write the lines, the bars follow
    if (entry.pending.length > 0) stream.write(`\r\x1b[2K${entry.pending.splice(0).join('')}`);
  };
  multi.on('redraw-pre', flush);
  multi.on('stop-pre-clear', flush);
  multi.on('stop', () => {
    flush();
    shown.splice(shown.indexOf(entry), 1);
  });
  return multi;
}

/** Where pretty log lines go on a terminal: above the bars while any are shown on it, else straight out. */
export function terminalLines(stream: NodeJS.WriteStream = process.stderr): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      const bars = shown.findLast((entry) => entry.stream === stream);
      if (bars) bars.pending.push(String(chunk));
      else stream.write(chunk);
      done();
    },
  });
}
