import { afterAll } from 'vitest';

/** Anything a test file opens and must close: a database, the replay, a server, a browser. */
export interface Closable {
  close(): unknown;
}

/** Registers what a test file opened and hands it back: `db = keep(await createFreshDatabase())`. */
export type Keep = <T extends Closable>(opened: T) => T;

/**
 * A registry of what a test file opens, closed after all its tests in reverse
 * order (the server before its database), even when beforeAll failed half-way:
 * what was never opened was never kept. Every close is tried; the first error
 * is thrown after the rest have closed.
 */
export function closeAfterAll(): Keep {
  const opened: Closable[] = [];
  afterAll(async () => {
    const errors: unknown[] = [];
    for (const thing of opened.splice(0).reverse()) {
      try {
        await thing.close();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  });
  return (thing) => {
    opened.push(thing);
    return thing;
  };
}
