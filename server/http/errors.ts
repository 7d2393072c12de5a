import type { ErrorRequestHandler, RequestHandler } from 'express';
import { pgErrorCode } from '../../core/db/errors.ts';
import { type ErrorCode, ServiceError } from '../../core/shared/errors.ts';
import type { Logger } from '../../core/shared/logger.ts';

/** The one error body every `/api/v1` and top-level route returns. */
export interface ErrorBody {
  error: {
    code: ErrorCode | 'internal';
    message: string;
    details?: Record<string, unknown>;
    requestId?: string;
  };
}

export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unprocessable':
      return 422;
    case 'rate_limited':
      return 429;
    case 'upstream_failed':
      return 502;
    case 'unavailable':
      return 503;
  }
}

/** body-parser signals its failures with `type`; turn them into our codes. */
function fromBodyParser(error: unknown): ServiceError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if (!('type' in error)) return fromClientHttpError(error);
  switch ((error as { type: unknown }).type) {
    case 'entity.parse.failed':
      return new ServiceError('invalid_input', 'Request body is not valid JSON.');
    case 'entity.too.large':
      return new ServiceError('payload_too_large', 'Request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ServiceError('invalid_input', 'Request body encoding is not supported.');
    default:
      return fromClientHttpError(error);
  }
}

/**
 * Express and body-parser mark what the caller got wrong with a 4xx `status` but no `type` we
 * know: a body that does not inflate as its Content-Encoding says (zlib's Z_DATA_ERROR), a path
 * whose percent-encoding does not decode (`%ZZ`, Express's URIError). Those are the caller's
 * errors, not 500s; their own messages name internals, so ours are written here.
 */
function fromClientHttpError(error: object): ServiceError | undefined {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const code = (error as { code?: unknown }).code;
  // zlib says Z_DATA_ERROR (gzip, deflate); brotli ERR__ERROR_FORMAT_… or ERR_BROTLI_….
  if (typeof code === 'string' && /^(Z_|ERR__ERROR_FORMAT|ERR_BROTLI)/.test(code))
    return new ServiceError('invalid_input', 'Request body does not match its Content-Encoding.');
  if (error instanceof URIError)
    return new ServiceError('invalid_input', 'The URL path holds an invalid percent-encoding.');
  if (status === 413) return new ServiceError('payload_too_large', 'Request body is too large.');
  return new ServiceError('invalid_input', 'The request could not be read.');
}

/**
 * Two requests that make the same change at the same moment (a double-clicked Publish, the same
 * invite sent twice) both pass the service's own checks, and the database refuses the second row
 * (a unique index) or one transaction (a serialization failure or deadlock). Nothing was written
 * by the refused request; it is the caller's to repeat, not a fault of ours. Services that expect
 * a particular race map it to their own message first.
 */
const CONCURRENT_WRITE: Record<string, string> = {
  // unique_violation
  '23505':
    'Another request made the same change at the same moment, so this one was not applied. Reload and try again if it is still needed.',
  // serialization_failure, deadlock_detected
  '40001':
    'Another request was changing the same data at the same moment, so this one was not applied. Try again.',
  '40P01':
    'Another request was changing the same data at the same moment, so this one was not applied. Try again.',
};

function fromConcurrentWrite(error: unknown): ServiceError | undefined {
  const message = CONCURRENT_WRITE[pgErrorCode(error) ?? ''];
  return message
    ? new ServiceError('conflict', message, { details: { reason: 'concurrent_change' } })
    : undefined;
}

/**
 * Maps any thrown value to the JSON error shape. Unknown errors are logged with their stack and
 * answered with a generic message: internals never reach the client.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const requestId = res.locals.requestId as string | undefined;
    let known = error instanceof ServiceError ? error : fromBodyParser(error);
    if (!known) {
      known = fromConcurrentWrite(error);
      // Kept in the log: a unique violation no race explains would be a bug of ours.
      if (known)
        logger.warn(
          { err: error, requestId, method: req.method, path: req.path },
          'concurrent write refused',
        );
    }
    if (known) {
      const status = httpStatusFor(known.code);
      const retryAfter = known.details?.retryAfterSeconds;
      if (status === 429 && typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      if (status >= 500) logger.warn({ err: known, requestId }, 'service error');
      const body: ErrorBody = {
        error: {
          code: known.code,
          message: known.message,
          ...(known.details ? { details: known.details } : {}),
          requestId,
        },
      };
      res.status(status).json(body);
      return;
    }
    logger.error({ err: error, requestId, method: req.method, path: req.path }, 'unhandled error');
    const body: ErrorBody = {
      error: {
        code: 'internal',
        message: 'Something went wrong on our side. Quote the request id if you report it.',
        requestId,
      },
    };
    res.status(500).json(body);
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new ServiceError('not_found', `No route for ${req.method} ${req.path}`));
};
