import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { terminalLines } from './terminal-bars.ts';

export type { Logger };

const PRETTY = { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' };

/**
 * Logs go to stderr so that command output on stdout stays pipeable: JSON
 * lines (CI, files, log shippers), or pretty on a terminal. On a terminal,
 * unless LOG_LEVEL or --verbose asks for more, only warnings and errors are
 * shown there, beside the progress bars, and the whole log goes to
 * `$GITPULSE_HOME/logs/gitpulse.log` (JSON lines).
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  terminal: { home?: string; quiet?: boolean } = {},
): Logger {
  if (!process.stderr.isTTY) return pino({ level }, pino.destination(2));
  // In this thread, not a transport's worker: a line must go above a progress bar, not into it.
  const screen = pretty({ ...PRETTY, destination: terminalLines(process.stderr) });
  if (!terminal.quiet || !terminal.home) return pino({ level }, screen);
  return pino(
    { level },
    pino.multistream([
      { level: 'warn', stream: screen },
      { level: level as pino.Level, stream: pino.destination({ dest: logFile(terminal.home), mkdir: true }) },
    ]),
  );
}

/** Whether the terminal shows warnings only and the full log goes to the file (see createLogger). */
export const quietTerminal = (verbose: boolean | undefined) =>
  Boolean(process.stderr.isTTY) && !verbose && process.env.LOG_LEVEL === undefined;

/** Where a terminal session's full log goes. */
export const logFile = (home: string) => join(home, 'logs', 'gitpulse.log');
