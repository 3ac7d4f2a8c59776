import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Logs go to stderr so that command output on stdout stays pipeable.
 * Pretty on a terminal, JSON lines otherwise (CI, files, log shippers).
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  if (process.stderr.isTTY) {
    return pino({
      level,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return pino({ level }, pino.destination(2));
}
