import { type Command, InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { UserFacingError } from '../user-facing-error.ts';

/**
 * A whole-number option within bounds, for commander: a bad value is a usage
 * error (exit 2) before anything starts, never NaN reaching a server.
 */
export function integerOption(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || parsed < min || parsed > max)
      throw new InvalidArgumentError(
        `expected a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}.`,
      );
    return parsed;
  };
}

/** A TCP port to listen on; 0 picks a free one. */
export const portOption = integerOption(0, 65_535);

/** --port and --host of a command that listens, on the loopback address unless told otherwise. */
export const withListenOptions = (command: Command, port: number): Command =>
  command
    .option('--port <n>', 'port to listen on', portOption, port)
    .option('--host <host>', 'address to listen on', '127.0.0.1');

const isoDate = z.iso.date();

/** A YYYY-MM-DD option, checked where the command reads it: a usage error (exit 2) naming the flag. */
export function parseDateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isoDate.safeParse(value).success) {
    throw new UserFacingError(
      `${flag} ${value} is not a date.`,
      `Use YYYY-MM-DD, e.g. ${flag} 2026-08-01.`,
      2,
    );
  }
  return value;
}
