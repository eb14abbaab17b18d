/**
 * Errors a user can cause. Each carries a stable `code` (used in batch error records) and the exit
 * status the CLI returns for it; the message is one line that names the problem and what to do.
 * Anything else that escapes is a bug and is reported as such (exit 70).
 */

export const EXIT = {
  ok: 0,
  /** The input could not be read or holds no article (file, stdin, URL). */
  input: 1,
  /** Unknown flag, bad flag value, missing argument. */
  usage: 2,
  /** A bug in newsbrief. */
  internal: 70,
  /** Interrupted (SIGINT). */
  interrupted: 130,
} as const;

export type ErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'permission-denied'
  | 'read-failed'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'no-article'
  | 'not-an-article'
  | 'bad-encoding'
  | 'stdin-tty'
  | 'http-status'
  | 'network'
  | 'timeout'
  | 'too-many-redirects'
  | 'unsupported-content-type'
  | 'bad-jsonl'
  | 'usage';

export class NewsbriefError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  constructor(code: ErrorCode, message: string, exitCode: number = code === 'usage' ? EXIT.usage : EXIT.input) {
    super(message);
    this.name = 'NewsbriefError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

export function isNewsbriefError(error: unknown): error is NewsbriefError {
  return error instanceof NewsbriefError;
}
