// The one error type routes throw: an HTTP status, a stable code for clients, and a message safe to show anyone.
export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'payload_too_large'
  | 'rate_limited'
  | 'query_rejected'
  | 'query_failed'
  | 'query_timeout'
  | 'query_too_large'
  | 'unsupported_media_type'
  | 'server_busy'
  | 'database_unavailable'
  | 'shutting_down'
  | 'starting'
  | 'dataset_outdated'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Logged, never sent: the underlying cause for operators. */
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badRequest(message: string) {
    return new AppError(400, 'bad_request', message);
  }

  static notFound(message: string) {
    return new AppError(404, 'not_found', message);
  }

  static unavailable(
    message = 'The graph database is unreachable right now; try again in a few seconds.',
    cause?: unknown,
  ) {
    return new AppError(503, 'database_unavailable', message, cause);
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}
