import { UserFacingError } from '../user-facing-error.ts';

/** A server that could not listen, as a usage error that names --port (exit 2); other errors as they are. */
export function explainListenError(error: unknown, port: number, host: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE')
    return new UserFacingError(
      `Port ${port} on ${host} is in use by another program.`,
      'Pass --port with a free port, or stop the program that holds it.',
      2,
    );
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL')
    return new UserFacingError(
      `Cannot listen on ${host}:${port} (${String(code)}).`,
      'Pass --host with an address of this machine and --port above 1023.',
      2,
    );
  return error;
}
