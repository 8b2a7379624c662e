/** Exit statuses of the `flashpoint` command. */
export const EXIT = {
  ok: 0,
  /** The data has problems (validate), or nothing could be converted (convert). */
  dataProblems: 1,
  /** Wrong arguments, or a file that cannot be read or written. */
  usage: 2,
  /** A bug in flashpoint itself. */
  internal: 70,
} as const;

/** A problem the user can fix (a wrong option, a missing file): printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
