import { UserFacingError } from '../../user-facing-error.ts';

const HOUR_MS = 3_600_000;
/** Real GH Archive; mirrors keep its file layout. */
export const GHARCHIVE_URL = 'https://data.gharchive.org';

/** 'YYYY-MM-DDTHH' (UTC) as the Date of that hour; a clear error otherwise. */
export function parseHour(value: string, flag: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})$/.exec(value);
  const hour = match ? new Date(`${match[1]}T${match[2]}:00:00Z`) : undefined;
  if (!hour || Number.isNaN(hour.getTime()) || hour.toISOString().slice(0, 13) !== value) {
    throw new UserFacingError(
      `${flag} ${value} is not an hour.`,
      `Use YYYY-MM-DDTHH in UTC, e.g. ${flag} 2026-08-01T05.`,
      2,
    );
  }
  return hour;
}

/** Every hour from `from` to `to`, both included. */
export function hoursBetween(from: Date, to: Date): Date[] {
  if (to < from) throw new UserFacingError('--to is before --from.', 'Swap them: the range runs forward.', 2);
  const hours: Date[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += HOUR_MS) hours.push(new Date(t));
  return hours;
}

/** GH Archive's file name for an hour: YYYY-MM-DD-H.json.gz, the hour not zero-padded. */
export const hourFileName = (hour: Date) =>
  `${hour.toISOString().slice(0, 10)}-${hour.getUTCHours()}.json.gz`;

export const hourFileUrl = (baseUrl: string, hour: Date) =>
  `${baseUrl.replace(/\/$/, '')}/${hourFileName(hour)}`;

/** 'YYYY-MM-DDTHH', the form the CLI and the ledger messages use. */
export const hourLabel = (hour: Date) => hour.toISOString().slice(0, 13);
