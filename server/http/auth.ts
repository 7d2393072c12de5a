import type { RequestHandler, Response } from 'express';
import { contextForUser, verifyAccessToken } from '../../core/auth/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { ServiceError } from '../../core/shared/errors.ts';

/** Verifies `Authorization: Bearer <access token>` and puts the tenant context on `res.locals`. */
export function requireUser(database: Database, tokenKey: Buffer): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      next(
        new ServiceError(
          'unauthenticated',
          'Sign in first: send an access token as "Authorization: Bearer …".',
        ),
      );
      return;
    }
    const subject = await verifyAccessToken(tokenKey, match[1]);
    res.locals.ctx = await contextForUser(database, subject, res.locals.requestId as string);
    next();
  };
}

export function tenantContext(res: Response): TenantContext {
  const ctx = res.locals.ctx as TenantContext | undefined;
  if (!ctx) throw new Error('route mounted without requireUser');
  return ctx;
}
