import type { Request, RequestHandler, Response } from 'express';
import { type AccessTokenSubject, contextForUser, verifyAccessToken } from '../../core/auth/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import { ACCESS_COOKIE, CSRF_COOKIE, CSRF_HEADER, csrfTokenFor, readCookies, safeEqual } from './cookies.ts';

/** What the request authenticators need; `now` is the one clock tests move. */
export interface RequestAuthDeps {
  database: Database;
  accessKey: Buffer;
  csrfKey: Buffer;
  now: () => Date;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF check for cookie-authenticated writes: the `X-CSRF-Token` header must equal the
 * `rf_csrf` cookie (a cross-site page can make the browser send the cookie, but cannot read it to
 * copy it into a header) and must be the one minted for this session.
 */
export function assertCsrf(req: Request, csrfKey: Buffer, sessionId: string | undefined): void {
  const header = req.get(CSRF_HEADER) ?? '';
  const cookie = readCookies(req)[CSRF_COOKIE] ?? '';
  const ok =
    header.length > 0 &&
    safeEqual(header, cookie) &&
    (sessionId === undefined || safeEqual(header, csrfTokenFor(csrfKey, sessionId)));
  if (!ok) {
    throw new ServiceError(
      'forbidden',
      'Missing or wrong CSRF token: send the rf_csrf cookie value in the X-CSRF-Token header.',
      { details: { reason: 'csrf' } },
    );
  }
}

/** Where the access token came from; only cookie-borne writes need the CSRF check. */
export type AuthVia = 'bearer' | 'cookie';

async function authenticate(
  req: Request,
  res: Response,
  deps: RequestAuthDeps,
): Promise<{ subject: AccessTokenSubject; via: AuthVia } | undefined> {
  const header = req.get('authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const cookie = bearer ? undefined : readCookies(req)[ACCESS_COOKIE];
  const token = bearer ?? cookie;
  if (!token) return undefined;
  const via: AuthVia = bearer ? 'bearer' : 'cookie';
  const subject = await verifyAccessToken(deps.accessKey, token, deps.now());
  if (via === 'cookie' && !SAFE_METHODS.has(req.method)) assertCsrf(req, deps.csrfKey, subject.sessionId);
  res.locals.ctx = await contextForUser(deps.database, subject, res.locals.requestId as string, deps.now());
  res.locals.sessionId = subject.sessionId;
  res.locals.authVia = via;
  return { subject, via };
}

/**
 * Accepts `Authorization: Bearer <access token>` (API clients, unchanged) or the `rf_at` cookie (the
 * admin web), checks the token's session is still live, and puts the tenant context on `res.locals`.
 */
export function requireUser(deps: RequestAuthDeps): RequestHandler {
  return async (req, res, next) => {
    const found = await authenticate(req, res, deps);
    if (!found) {
      next(
        new ServiceError(
          'unauthenticated',
          'Sign in first: send an access token as "Authorization: Bearer …" (or sign in from the admin web).',
        ),
      );
      return;
    }
    next();
  };
}

/** Like requireUser, but lets anonymous requests through (sign-out works with only a refresh cookie). */
export function optionalUser(deps: RequestAuthDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      await authenticate(req, res, deps);
    } catch (error) {
      // An expired or revoked access token is no reason to refuse signing out; a CSRF failure is.
      if (error instanceof ServiceError && error.code === 'forbidden') throw error;
      res.locals.ctx = undefined;
    }
    next();
  };
}

export function tenantContext(res: Response): TenantContext {
  const ctx = res.locals.ctx as TenantContext | undefined;
  if (!ctx) throw new Error('route mounted without requireUser');
  return ctx;
}

/** The auth session behind this request's access token, when it has one. */
export function currentSessionId(res: Response): string | undefined {
  return res.locals.sessionId as string | undefined;
}
