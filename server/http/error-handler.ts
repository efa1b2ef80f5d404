// The single Express error handler: AppErrors as {error:{code,message}}, body-parser failures as 400/413, anything else as a bare 500.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, type ErrorBody } from './app-error.ts';

interface HttpishError {
  type?: string;
  status?: number;
  /** body-parser's limit, in bytes, on entity.too.large */
  limit?: number;
}

function normalise(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as HttpishError;
  if (e?.type === 'entity.too.large')
    return new AppError(
      413,
      'payload_too_large',
      `The request body is too large${e.limit ? `: at most ${Math.round(e.limit / 1024)} kB` : ''}.`,
    );
  if (e?.type === 'entity.parse.failed') return AppError.badRequest('The request body is not valid JSON.');
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported')
    return new AppError(415, 'unsupported_media_type', 'Unsupported body encoding; send UTF-8 JSON.');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
    return new AppError(e.status, 'bad_request', 'The request could not be read.');
  return new AppError(500, 'internal', 'Something went wrong on our side; it has been logged.', err);
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appErr = normalise(err);
    if (appErr.status >= 500) log.error({ err: appErr.cause ?? err, url: req.originalUrl }, appErr.message);
    else log.debug({ code: appErr.code, url: req.originalUrl }, appErr.message);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (appErr.status === 503) res.setHeader('Retry-After', '5');
    const body: ErrorBody = { error: { code: appErr.code, message: appErr.message } };
    res.status(appErr.status).json(body);
  };
}
