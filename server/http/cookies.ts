import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse, type SerializeOptions, serialize } from 'cookie';
import type { Request, Response } from 'express';

/** The access JWT: sent on every same-site request, invisible to scripts. */
export const ACCESS_COOKIE = 'rf_at';
/** The refresh token: only ever sent to the auth routes, and never cross-site. */
export const REFRESH_COOKIE = 'rf_rt';
/** The CSRF token the SPA reads and echoes as `X-CSRF-Token` (double submit). */
export const CSRF_COOKIE = 'rf_csrf';
/** The signed OIDC state/nonce/PKCE verifier between start and callback. */
export const OIDC_FLOW_COOKIE = 'rf_oidc';
export const CSRF_HEADER = 'x-csrf-token';

export const REFRESH_PATH = '/api/v1/auth';
export const OIDC_FLOW_PATH = '/api/v1/auth/oidc';

export function readCookies(req: Request): Record<string, string | undefined> {
  const header = req.headers.cookie;
  return header ? parse(header) : {};
}

export function appendCookie(res: Response, name: string, value: string, options: SerializeOptions): void {
  res.append('Set-Cookie', serialize(name, value, options));
}

/** The CSRF token is bound to the session (HMAC of its id), so a cookie planted from elsewhere fails. */
export function csrfTokenFor(key: Buffer, sessionId: string): string {
  return createHmac('sha256', key).update(`csrf:${sessionId}`).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface CookieSettings {
  secure: boolean;
}

export function setSessionCookies(
  res: Response,
  settings: CookieSettings,
  values: {
    accessToken: string;
    accessTtlSeconds: number;
    refreshToken: string;
    refreshTtlSeconds: number;
    csrfToken: string;
  },
): void {
  const base = { secure: settings.secure } as const;
  appendCookie(res, ACCESS_COOKIE, values.accessToken, {
    ...base,
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: values.accessTtlSeconds,
  });
  appendCookie(res, REFRESH_COOKIE, values.refreshToken, {
    ...base,
    httpOnly: true,
    sameSite: 'strict',
    path: REFRESH_PATH,
    maxAge: values.refreshTtlSeconds,
  });
  appendCookie(res, CSRF_COOKIE, values.csrfToken, {
    ...base,
    httpOnly: false,
    sameSite: 'strict',
    path: '/',
    maxAge: values.refreshTtlSeconds,
  });
}

export function clearSessionCookies(res: Response, settings: CookieSettings): void {
  const gone = { secure: settings.secure, maxAge: 0, expires: new Date(0) } as const;
  appendCookie(res, ACCESS_COOKIE, '', { ...gone, httpOnly: true, sameSite: 'lax', path: '/' });
  appendCookie(res, REFRESH_COOKIE, '', { ...gone, httpOnly: true, sameSite: 'strict', path: REFRESH_PATH });
  appendCookie(res, CSRF_COOKIE, '', { ...gone, sameSite: 'strict', path: '/' });
}
