/** Where a command writes; the real process streams in `main`, buffers in tests. */
export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A failure that ends the command with a message and exit code 2 (bad usage, unreadable file). */
export class UsageError extends Error {}
