/**
 * One error type for every domain. Transports (HTTP, Slack, Teams) map `code` to their own
 * shape with an exhaustive switch, so adding a code forces every mapper to decide what it means.
 */
export const ERROR_CODES = [
  'invalid_input',
  'payload_too_large',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'rate_limited',
  'upstream_failed',
  'unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem, shaped so a form can show it next to the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { details?: Record<string, unknown>; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ServiceError';
    this.code = code;
    this.details = options?.details;
  }
}

/** Another tenant's object and a missing one look the same: existence must not leak across accounts. */
export class NotFoundError extends ServiceError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message: string) {
    super('forbidden', message);
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends ServiceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('conflict', message, details ? { details } : undefined);
    this.name = 'ConflictError';
  }
}

export class InvalidInputError extends ServiceError {
  readonly issues: FieldIssue[];

  constructor(message: string, issues: FieldIssue[] = []) {
    super('invalid_input', message, { details: { issues } });
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

/** A well-formed request that breaks a domain rule (e.g. "partial" without notes): HTTP 422. */
export class UnprocessableError extends ServiceError {
  constructor(message: string, issues: FieldIssue[] = []) {
    super('unprocessable', message, { details: { issues } });
    this.name = 'UnprocessableError';
  }
}
