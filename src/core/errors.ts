// Coded errors. A MarsadError is a user-facing problem (bad input or usage): the CLI prints its
// one-line message and exits 2. Anything else is an internal failure: exit 1.

export type ErrorCode =
  | 'usage'
  | 'not_found'
  | 'empty_input'
  | 'binary_input'
  | 'invalid_encoding'
  | 'too_large'
  | 'invalid_json'
  | 'invalid_record'
  | 'no_content'
  | 'unsupported_format'
  | 'bad_query'
  | 'database'
  | 'network'
  | 'blocked_address'
  | 'robots_disallowed';

export class MarsadError extends Error {
  readonly code: ErrorCode;
  /** The input the problem is about (path, URL, record), when there is one. */
  readonly input?: string;

  constructor(code: ErrorCode, message: string, input?: string) {
    super(input ? `${input}: ${message}` : message);
    this.name = 'MarsadError';
    this.code = code;
    this.input = input;
  }
}

export function isMarsadError(error: unknown): error is MarsadError {
  return error instanceof MarsadError;
}
