/** Stripe's error envelope: `{ error: { type, code?, param?, message, doc_url? } }` with a 4xx/5xx. */
export class StripeSimError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'invalid_request_error' | 'api_error' | 'idempotency_error' | 'card_error',
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  body() {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code
          ? {
              code: this.code,
              doc_url: `https://docs.stripe.com/error-codes/${this.code.replace(/_/g, '-')}`,
            }
          : {}),
        ...(this.param ? { param: this.param } : {}),
      },
    };
  }
}

export const missing = (what: string, id: string, param?: string) =>
  new StripeSimError(404, 'invalid_request_error', `No such ${what}: '${id}'`, 'resource_missing', param);

export const invalid = (message: string, param?: string) =>
  new StripeSimError(400, 'invalid_request_error', message, 'parameter_invalid', param);

export const required = (param: string) =>
  new StripeSimError(
    400,
    'invalid_request_error',
    `Missing required param: ${param}.`,
    'parameter_missing',
    param,
  );
