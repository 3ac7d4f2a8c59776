/**
 * An error meant for the person at the terminal: it says what was wrong and
 * what to do, and the CLI prints it without a stack trace (unless --verbose).
 * exitCode follows README "Commands": 1 the run failed, 2 bad usage or configuration.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export class ConfigurationError extends UserFacingError {
  constructor(message: string, hint?: string) {
    super(message, hint, 2);
    this.name = 'ConfigurationError';
  }
}
