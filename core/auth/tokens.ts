import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { ServiceError } from '../shared/errors.ts';

const ISSUER = 'resolutionflow';
const AUDIENCE = 'resolutionflow-api';

const Claims = z.object({
  sub: z.string().uuid(),
  acc: z.string().uuid(),
  sid: z.string().uuid().optional(),
});

export interface AccessTokenSubject {
  userId: string;
  accountId: string;
  /**
   * The sign-in session (auth_sessions.id) the token was minted for. Requests carrying it are
   * refused as soon as that session is revoked; tokens minted without one (tests, tools) skip that check.
   */
  sessionId?: string;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * Short-lived HS256 access tokens. They carry who and which account, never the role: the role is
 * read fresh on every request so a demotion or disablement takes effect immediately.
 */
export async function issueAccessToken(
  key: Buffer,
  subject: AccessTokenSubject,
  ttlSeconds: number,
  now: Date = new Date(),
): Promise<string> {
  const iat = seconds(now);
  return new SignJWT({ acc: subject.accountId, ...(subject.sessionId ? { sid: subject.sessionId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key);
}

export async function verifyAccessToken(
  key: Buffer,
  token: string,
  now: Date = new Date(),
): Promise<AccessTokenSubject> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const claims = Claims.parse(payload);
    return { userId: claims.sub, accountId: claims.acc, ...(claims.sid ? { sessionId: claims.sid } : {}) };
  } catch (error) {
    const expired = error instanceof joseErrors.JWTExpired;
    throw new ServiceError(
      'unauthenticated',
      expired ? 'Your session has expired; sign in again.' : 'Invalid access token.',
      {
        details: { reason: expired ? 'expired' : 'invalid' },
      },
    );
  }
}

const TicketClaims = z.object({ sub: z.string().uuid(), acc: z.string().uuid(), purpose: z.string() });

/**
 * A short-lived signed ticket for one purpose (e.g. starting a Slack install as this admin): the
 * browser carries it through a redirect that cannot send our bearer token.
 */
export async function issueTicket(
  key: Buffer,
  purpose: string,
  subject: AccessTokenSubject,
  ttlSeconds: number,
) {
  return new SignJWT({ acc: subject.accountId, purpose })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject.userId)
    .setIssuer(ISSUER)
    .setAudience(`${AUDIENCE}:ticket`)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

export async function verifyTicket(
  key: Buffer,
  purpose: string,
  ticket: string,
): Promise<AccessTokenSubject> {
  try {
    const { payload } = await jwtVerify(ticket, key, {
      issuer: ISSUER,
      audience: `${AUDIENCE}:ticket`,
      algorithms: ['HS256'],
    });
    const claims = TicketClaims.parse(payload);
    if (claims.purpose !== purpose) throw new Error('wrong purpose');
    return { userId: claims.sub, accountId: claims.acc };
  } catch {
    throw new ServiceError(
      'unauthenticated',
      'This link has expired or is not valid; start again from ResolutionFlow.',
    );
  }
}
