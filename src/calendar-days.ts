/*
 * Calendar days as gitpulse names them everywhere: 'YYYY-MM-DD', UTC. One
 * place for the arithmetic that was written out in eight.
 */

export const DAY_MS = 86_400_000;

/** The day `n` days after `day` (before it when n is negative). */
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Today's UTC date. */
export const today = (): string => new Date().toISOString().slice(0, 10);
