import type { RequestHandler } from 'express';
import type { WindowLimiter } from '../../core/rate-limits/index.ts';
import { tenantContext } from './auth.ts';

export interface RequestLimits {
  limiter: WindowLimiter;
  /** 0 turns a limit off. */
  perUserPerMinute: number;
  perAccountPerMinute: number;
}

const MINUTE = 60_000;

/**
 * Per-user and per-account request limits on the signed-in API (429 with `Retry-After`), counted
 * in PostgreSQL so every server process shares them. Runs after sign-in is checked, so the keys
 * are the authenticated user and account, never anything the caller could vary to dodge them.
 */
export function requestRateLimit(limits: RequestLimits): RequestHandler {
  return async (_req, res, next) => {
    const ctx = tenantContext(res);
    const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : undefined;
    await limits.limiter.hit([
      ...(userId
        ? [
            {
              limiter: 'api:user',
              key: userId,
              limit: { max: limits.perUserPerMinute, windowMs: MINUTE },
              label: 'your requests',
            },
          ]
        : []),
      {
        limiter: 'api:account',
        key: ctx.accountId,
        limit: { max: limits.perAccountPerMinute, windowMs: MINUTE },
        label: "this account's requests",
      },
    ]);
    next();
  };
}
