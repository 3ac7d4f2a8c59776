import { join } from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger };

const PRETTY = { destination: 2, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' };

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
  if (!terminal.quiet || !terminal.home) {
    return pino({ level, transport: { target: 'pino-pretty', options: PRETTY } });
  }
  return pino({
    level,
    transport: {
      targets: [
        { target: 'pino-pretty', level: 'warn', options: PRETTY },
        { target: 'pino/file', level, options: { destination: logFile(terminal.home), mkdir: true } },
      ],
    },
  });
}

/** Whether the terminal shows warnings only and the full log goes to the file (see createLogger). */
export const quietTerminal = (verbose: boolean | undefined) =>
  Boolean(process.stderr.isTTY) && !verbose && process.env.LOG_LEVEL === undefined;

/** Where a terminal session's full log goes. */
export const logFile = (home: string) => join(home, 'logs', 'gitpulse.log');
